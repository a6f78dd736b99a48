//! Building blocks shared by the pages.

pub mod chart;
pub mod form;
pub mod icons;
pub mod layout;

//! Building blocks shared by the pages.

pub mod form;
pub mod icons;
pub mod layout;

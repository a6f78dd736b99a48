//! Building blocks shared by the pages.

pub mod bars;
pub mod chart;
pub mod day_log;
pub mod decision_line;
pub mod faces;
pub mod figure;
pub mod form;
pub mod header;
pub mod icons;
pub mod layout;
pub mod listen;
pub mod page_links;
pub mod proposal_effect;
pub mod provider_facts;
pub mod session_clock;

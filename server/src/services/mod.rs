//! Use cases: load, apply the rules, store. The pages and the API both call these.

pub mod access;
pub mod api_tokens;
pub mod budget;
pub mod changes;
pub mod counsellor;
pub mod decision_form;
pub mod details;
pub mod done_for_me;
pub mod expert_hours;
pub mod feedback;
pub mod first_provider;
pub mod help;
pub mod identity_links;
pub mod indicators;
pub mod mandates;
pub mod passwords;
pub mod plans;
pub mod proposals;
pub mod provider_survey;
pub mod providers;
pub mod records;
pub mod registry;
pub mod reviews;
pub mod self_checks;
pub mod sign_in;

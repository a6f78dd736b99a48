//! Use cases: load, apply the rules, store. The pages and the API both call these.

pub mod passwords;
pub mod sign_in;

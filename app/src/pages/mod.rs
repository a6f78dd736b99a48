//! One file per page.

pub mod accessibility;
pub mod budget;
pub mod compare;
pub mod decision;
pub mod glossary;
pub mod home;
pub mod not_found;
pub mod provider;
pub mod providers;
pub mod sign_in;
pub mod statement;

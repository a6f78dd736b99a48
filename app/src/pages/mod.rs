//! One file per page.

pub mod accessibility;
pub mod budget;
pub mod change_provider;
pub mod compare;
pub mod decision;
pub mod done_for_me;
pub mod feedback;
pub mod feedback_answer;
pub mod feedback_comments;
pub mod glossary;
pub mod helpers;
pub mod home;
pub mod kiosk;
pub mod leave;
pub mod my_change;
pub mod my_changes;
pub mod not_found;
pub mod participation;
pub mod provider;
pub mod providers;
pub mod sign_in;
pub mod statement;
pub mod visit_codes;
pub mod who_looked;
pub mod whose;

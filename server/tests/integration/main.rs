//! All integration tests in one binary: the real router over a real database.

mod access;
mod access_matrix;
mod api;
mod budget_pages;
mod changes;
mod counsellor;
mod decision_form;
mod demo_data;
mod details;
mod feedback;
mod hardening;
mod help;
mod help_hours;
mod identification;
mod indicators;
mod pages;
mod plans;
mod providers;
mod reviews;
mod scale;
mod security;
mod servers;
mod session_limits;
mod sign_in;
mod support;
mod wellbeing;

//! All integration tests in one binary: the real router over a real database.

mod demo_data;
mod pages;
mod security;
mod sign_in;
mod support;

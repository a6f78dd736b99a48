//! The budget rules of `shared/budget-rules.md`, as pure functions over plain data.
//! No clock, no database: "today" and every input come in as arguments. Each rule's name
//! (B1, B2, ...) appears beside the code that carries it out.

pub mod bank;
pub mod calendar;
pub mod change;
pub mod choice;
pub mod contact;
pub mod decision;
pub mod feedback;
pub mod flexible;
pub mod money;
pub mod products;
pub mod records;
pub mod settlement;
pub mod usage;

pub use calendar::{Period, YearMonth};
pub use money::Money;
pub use products::{Product, Unit};

//! B2 and B3: calendar dates (Europe/Helsinki), periods that include both ends, months, and
//! adding a month for notice periods.

use std::fmt;

use chrono::{Datelike, Months, NaiveDate};

/// A day typed as 2018-05-10 (what a date field sends) or 10.5.2018 (what people type here).
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y")).ok()
}

/// A period of whole days, `from` and `to` both included (B2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("the period ends before it starts")]
pub struct PeriodEndsBeforeStart;

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodEndsBeforeStart> {
        if to < from {
            return Err(PeriodEndsBeforeStart);
        }
        Ok(Period { from, to })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The calendar months the period touches, in order.
    pub fn months(&self) -> Vec<YearMonth> {
        let mut months = Vec::new();
        let mut month = YearMonth::of(self.from);
        let last = YearMonth::of(self.to);
        while month <= last {
            months.push(month);
            month = month.next();
        }
        months
    }

    /// How many days of `month` fall inside the period.
    pub fn days_in(&self, month: YearMonth) -> u32 {
        let start = self.from.max(month.first_day());
        let end = self.to.min(month.last_day());
        if end < start {
            0
        } else {
            (end - start).num_days() as u32 + 1
        }
    }
}

/// A calendar month, written "YYYY-MM".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    pub fn of(day: NaiveDate) -> YearMonth {
        YearMonth { year: day.year(), month: day.month() }
    }

    pub fn parse(text: &str) -> Option<YearMonth> {
        let (y, m) = text.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let ym = YearMonth { year: y.parse().ok()?, month: m.parse().ok()? };
        NaiveDate::from_ymd_opt(ym.year, ym.month, 1).map(|_| ym)
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("a valid month")
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("a day before the first of a month")
    }

    pub fn days(self) -> u32 {
        self.last_day().day()
    }

    pub fn next(self) -> YearMonth {
        if self.month == 12 {
            YearMonth { year: self.year + 1, month: 1 }
        } else {
            YearMonth { year: self.year, month: self.month + 1 }
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// B3: the same day number in the next month, or that month's last day where it has none.
pub fn add_month(day: NaiveDate) -> NaiveDate {
    // chrono clamps to the month's last day, which is exactly B3.
    day.checked_add_months(Months::new(1)).expect("a date far from the end of time")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn b3_adds_a_month_clamping_to_the_last_day() {
        assert_eq!(add_month(d(2018, 1, 31)), d(2018, 2, 28));
        assert_eq!(add_month(d(2020, 1, 31)), d(2020, 2, 29));
        assert_eq!(add_month(d(2018, 3, 15)), d(2018, 4, 15));
        assert_eq!(add_month(d(2018, 12, 31)), d(2019, 1, 31));
        assert_eq!(add_month(d(2018, 3, 31)), d(2018, 4, 30));
    }

    #[test]
    fn b2_periods_include_both_ends() {
        let p = Period::new(d(2018, 1, 15), d(2018, 12, 31)).unwrap();
        assert_eq!(p.days_in(YearMonth { year: 2018, month: 1 }), 17);
        assert_eq!(p.days_in(YearMonth { year: 2018, month: 2 }), 28);
        assert_eq!(p.days_in(YearMonth { year: 2019, month: 1 }), 0);
        assert_eq!(p.months().len(), 12);
        assert!(p.contains(d(2018, 1, 15)) && p.contains(d(2018, 12, 31)));
        assert!(!p.contains(d(2018, 1, 14)));
        assert!(Period::new(d(2018, 2, 1), d(2018, 1, 31)).is_err());
    }

    #[test]
    fn months_parse_and_print() {
        let m = YearMonth::parse("2018-02").unwrap();
        assert_eq!(m.to_string(), "2018-02");
        assert_eq!(m.days(), 28);
        assert_eq!(YearMonth::parse("2020-02").unwrap().days(), 29);
        assert!(YearMonth::parse("2018-13").is_none());
        assert!(YearMonth::parse("18-01").is_none());
    }
}

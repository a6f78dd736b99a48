//! Numbers, money and dates written the way each language writes them:
//! fi and sv: `1 234,50 €` and `15.3.2018`; en: `€1,234.50` and `15 March 2018`.
//!
//! Money arrives as the wire string of the budget rules ("1234.50", two decimals); it is
//! formatted here, never computed.

use chrono::{Datelike, NaiveDate};

use super::{msg, I18n, Lang};

const NO_BREAK_SPACE: char = '\u{a0}';
const MINUS_SIGN: char = '\u{2212}';

/// Formats a decimal string such as "-1234.5" with the language's separators.
/// Returns the input unchanged if it is not a plain decimal number.
pub fn number(lang: Lang, value: &str) -> String {
    let (negative, digits) = match value.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, value),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if int_part.is_empty() || !plain(int_part) || !plain(frac_part) {
        return value.to_string();
    }
    let (group, decimal) = match lang {
        Lang::Fi | Lang::Sv => (NO_BREAK_SPACE, ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::new();
    if negative {
        out.push(match lang {
            Lang::Fi | Lang::Sv => MINUS_SIGN,
            Lang::En => '-',
        });
    }
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// Formats euros given as a decimal string with two decimals.
pub fn money(lang: Lang, euros: &str) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{}{NO_BREAK_SPACE}€", number(lang, euros)),
        Lang::En => match euros.strip_prefix('-') {
            Some(rest) => format!("-€{}", number(lang, rest)),
            None => format!("€{}", number(lang, euros)),
        },
    }
}

/// Formats a calendar date.
pub fn date(t: I18n, day: NaiveDate) -> String {
    match t.lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", day.day(), day.month(), day.year()),
        Lang::En => format!("{} {} {}", day.day(), t.text(month_id(day.month())), day.year()),
    }
}

/// Formats euros for the person's language.
pub fn euros(t: I18n, amount: &str) -> String {
    money(t.lang, amount)
}

/// Formats a wire date ("2018-03-15"); anything else is shown as it is.
pub fn day(t: I18n, text: &str) -> String {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) => date(t, d),
        Err(_) => text.to_string(),
    }
}

/// A wire date as a person types it into a date field here, in every language: "10.5.2018".
pub fn typed_day(text: &str) -> String {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) => format!("{}.{}.{}", d.day(), d.month(), d.year()),
        Err(_) => text.to_string(),
    }
}

/// Formats a wire time of day ("14:02"): "14.02" in Finnish and Swedish, as Finland writes it.
pub fn time(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fi | Lang::Sv => text.replacen(':', ".", 1),
        Lang::En => text.to_string(),
    }
}

/// A wire date with its weekday: "Monday 7 May 2018", "maanantai 7.5.2018".
pub fn weekday_day(t: I18n, text: &str) -> String {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) => {
            let weekday = t.text(WEEKDAYS[d.weekday().num_days_from_monday() as usize]);
            t.text_with("weekday-date", &[("weekday", weekday.into()), ("date", date(t, d).into())])
        }
        Err(_) => text.to_string(),
    }
}

/// A wire date with its weekday as a heading: "Maanantai 7.5.2018", "Monday 7 May 2018".
pub fn weekday_day_heading(t: I18n, text: &str) -> String {
    let words = weekday_day(t, text);
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

const WEEKDAYS: [&str; 7] = [
    msg("weekday-1"),
    msg("weekday-2"),
    msg("weekday-3"),
    msg("weekday-4"),
    msg("weekday-5"),
    msg("weekday-6"),
    msg("weekday-7"),
];

/// Names a wire month ("2018-03"): "March 2018", "maaliskuu 2018".
pub fn month_name(t: I18n, text: &str) -> String {
    let parsed =
        text.split_once('-').and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)));
    match parsed {
        Some((year, month)) if (1..=12).contains(&month) => format!("{} {year}", t.text(month_id(month))),
        _ => text.to_string(),
    }
}

fn month_id(month: u32) -> &'static str {
    const IDS: [&str; 12] = [
        msg("month-1"),
        msg("month-2"),
        msg("month-3"),
        msg("month-4"),
        msg("month-5"),
        msg("month-6"),
        msg("month-7"),
        msg("month-8"),
        msg("month-9"),
        msg("month-10"),
        msg("month-11"),
        msg("month-12"),
    ];
    IDS[(month as usize).clamp(1, 12) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nbsp(s: &str) -> String {
        s.replace(' ', "\u{a0}")
    }

    #[test]
    fn finnish_and_swedish_money_use_spaces_and_commas() {
        assert_eq!(money(Lang::Fi, "1234.50"), nbsp("1 234,50 €"));
        assert_eq!(money(Lang::Sv, "42770.97"), nbsp("42 770,97 €"));
        assert_eq!(money(Lang::Fi, "0.03"), nbsp("0,03 €"));
        assert_eq!(money(Lang::Fi, "1000000.00"), nbsp("1 000 000,00 €"));
        assert_eq!(money(Lang::Fi, "-12.00"), nbsp("\u{2212}12,00 €"));
    }

    #[test]
    fn english_money_puts_the_euro_sign_first() {
        assert_eq!(money(Lang::En, "1234.50"), "€1,234.50");
        assert_eq!(money(Lang::En, "999.00"), "€999.00");
        assert_eq!(money(Lang::En, "-5.25"), "-€5.25");
    }

    #[test]
    fn finland_writes_the_time_with_a_full_stop() {
        assert_eq!(time(Lang::Fi, "14:02"), "14.02");
        assert_eq!(time(Lang::Sv, "09:30"), "09.30");
        assert_eq!(time(Lang::En, "14:02"), "14:02");
    }

    #[test]
    fn something_that_is_not_a_number_is_shown_as_it_is() {
        assert_eq!(number(Lang::Fi, "n/a"), "n/a");
        assert_eq!(number(Lang::Fi, ""), "");
    }

    #[test]
    fn wire_dates_and_months_are_named_in_the_language() {
        let fi = I18n { lang: Lang::Fi, easy_read: false };
        let en = I18n { lang: Lang::En, easy_read: false };
        assert_eq!(day(fi, "2018-12-31"), "31.12.2018");
        assert_eq!(month_name(en, "2018-03"), "March 2018");
        assert_eq!(month_name(fi, "2018-03"), "maaliskuu 2018");
        assert_eq!(month_name(fi, "2018-13"), "2018-13");
    }

    #[test]
    fn dates_follow_the_language() {
        let day = NaiveDate::from_ymd_opt(2018, 3, 15).unwrap();
        let t = |lang| I18n { lang, easy_read: false };
        assert_eq!(date(t(Lang::Fi), day), "15.3.2018");
        assert_eq!(date(t(Lang::Sv), day), "15.3.2018");
        assert_eq!(date(t(Lang::En), day), "15 March 2018");
    }

    mod outside_input {
        use proptest::prelude::*;

        use super::super::*;
        use crate::i18n::{I18n, Lang};

        proptest! {
            /// Texts from the server are formatted as they come; nothing in them makes a page fail.
            #[test]
            fn any_text_is_formatted_or_shown_as_it_is(text in "\\PC{0,30}") {
                for lang in Lang::ALL {
                    let t = I18n { lang, easy_read: false };
                    let _ = number(lang, &text);
                    let _ = money(lang, &text);
                    let _ = day(t, &text);
                    let _ = typed_day(&text);
                    let _ = time(lang, &text);
                    let _ = weekday_day(t, &text);
                    let _ = weekday_day_heading(t, &text);
                    let _ = month_name(t, &text);
                }
            }
        }
    }
}

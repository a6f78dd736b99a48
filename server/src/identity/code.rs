//! The Finnish personal identity code (henkilötunnus) as a counsellor types it: the date of
//! birth, the century sign, the individual number and the check character. Checked before it is
//! hashed, so a typing error is told at once instead of making an account nobody can reach.

use chrono::NaiveDate;

/// The check characters, indexed by the nine digits' remainder of 31.
const CHECK_CHARACTERS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// Why a typed identity code was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("no identity code was given")]
    Missing,
    #[error("the identity code is not of the form DDMMYYCNNNX")]
    Form,
    #[error("the identity code's check character does not match its digits")]
    Check,
}

/// An identity code whose form, date and check character are right, in capitals without spaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdentityCode(String);

impl IdentityCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a typed identity code: eleven characters, a real date of birth, a century sign of
/// those in use since 2023 (`+`, `-`, `Y`...`U`, `A`...`F`), and the check character.
pub fn check(typed: &str) -> Result<IdentityCode, CodeError> {
    let code = typed.trim().to_uppercase();
    if code.is_empty() {
        return Err(CodeError::Missing);
    }
    let bytes = code.as_bytes();
    if bytes.len() != 11 {
        return Err(CodeError::Form);
    }
    let digits = |range: std::ops::Range<usize>| {
        bytes[range.clone()].iter().all(u8::is_ascii_digit).then(|| code[range].parse::<u32>().ok()).flatten()
    };
    let century = match bytes[6] {
        b'+' => 1800,
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        b'A' | b'B' | b'C' | b'D' | b'E' | b'F' => 2000,
        _ => return Err(CodeError::Form),
    };
    let (Some(day), Some(month), Some(year), Some(individual)) =
        (digits(0..2), digits(2..4), digits(4..6), digits(7..10))
    else {
        return Err(CodeError::Form);
    };
    let born = i32::try_from(century + year).ok().and_then(|y| NaiveDate::from_ymd_opt(y, month, day));
    if born.is_none() || individual < 2 {
        return Err(CodeError::Form);
    }
    let number = (day * 10_000 + month * 100 + year) * 1000 + individual;
    let expected = CHECK_CHARACTERS[(number % 31) as usize];
    if bytes[10] != expected {
        return Err(CodeError::Check);
    }
    Ok(IdentityCode(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_right_code_is_taken_however_it_is_typed() {
        assert_eq!(check("131052-308T").unwrap().as_str(), "131052-308T");
        assert_eq!(check(" 141156-905j ").unwrap().as_str(), "141156-905J");
        assert_eq!(check("120385-9015").unwrap().as_str(), "120385-9015");
        assert_eq!(check("010101A123N").unwrap().as_str(), "010101A123N");
        assert_eq!(check("010101Y123N").unwrap().as_str(), "010101Y123N");
    }

    #[test]
    fn a_typing_error_is_told_by_its_kind() {
        assert_eq!(check("  "), Err(CodeError::Missing));
        assert_eq!(check("131052-308"), Err(CodeError::Form), "too short");
        assert_eq!(check("131052*308T"), Err(CodeError::Form), "no such century sign");
        assert_eq!(check("310252-308T"), Err(CodeError::Form), "no 31 February");
        assert_eq!(check("13105A-308T"), Err(CodeError::Form), "a letter in the date");
        assert_eq!(check("131052-001T"), Err(CodeError::Form), "individual numbers start at 002");
        assert_eq!(check("131052-308U"), Err(CodeError::Check));
        assert_eq!(check("131052-380T"), Err(CodeError::Check), "two digits swapped");
    }
}

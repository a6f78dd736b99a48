//! What a bank needs to pay a provider, and the check digits that catch a mistyped one: the
//! Finnish business ID (Y-tunnus), the IBAN, the BIC, and the Finnish reference number that
//! names each payment.

/// A Finnish business ID, "1234567-8": seven digits, a hyphen, and a check digit over the seven
/// with the weights 7, 9, 10, 5, 8, 4, 2 (a remainder of 1 is never issued).
pub fn business_id_is_valid(text: &str) -> bool {
    let Some((digits, check)) = text.split_once('-') else { return false };
    if digits.len() != 7
        || check.len() != 1
        || !text.bytes().filter(|b| *b != b'-').all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let sum: u32 = digits.bytes().zip([7, 9, 10, 5, 8, 4, 2]).map(|(d, w)| u32::from(d - b'0') * w).sum();
    let expected = match sum % 11 {
        0 => 0,
        1 => return false,
        r => 11 - r,
    };
    u32::from(check.as_bytes()[0] - b'0') == expected
}

/// An IBAN as people type it, without spaces and in capitals: "FI21 1234 5600 0007 85" ->
/// "FI2112345600000785".
pub fn normal_iban(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase()
}

/// An IBAN (ISO 13616) in its normal form: a country, two check digits that make the whole
/// number 1 modulo 97, and the account; a Finnish one is 18 characters long.
pub fn iban_is_valid(iban: &str) -> bool {
    let bytes = iban.as_bytes();
    let well_formed = (15..=34).contains(&bytes.len())
        && bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..4].iter().all(u8::is_ascii_digit)
        && bytes[4..].iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    let finnish_length = !iban.starts_with("FI") || bytes.len() == 18;
    well_formed && finnish_length && mod_97(iban[4..].bytes().chain(iban[..4].bytes())) == 1
}

/// The IBAN of a Finnish account number (its 14-digit BBAN): the check digits it needs.
pub fn finnish_iban(bban: &str) -> String {
    let check = 98 - mod_97(bban.bytes().chain(*b"FI00"));
    format!("FI{check:02}{bban}")
}

/// The number a letter stands for is 10 for A to 35 for Z, read as two digits.
fn mod_97(chars: impl Iterator<Item = u8>) -> u32 {
    chars.fold(0, |rest, c| {
        let value = if c.is_ascii_digit() { u32::from(c - b'0') } else { u32::from(c - b'A') + 10 };
        let shift = if value >= 10 { 100 } else { 10 };
        (rest * shift + value) % 97
    })
}

/// A BIC as the payment file's schema allows it: bank, country, place, and perhaps a branch.
pub fn bic_is_valid(bic: &str) -> bool {
    let b = bic.as_bytes();
    (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && (b[6].is_ascii_uppercase() || (b'2'..=b'9').contains(&b[6]))
        && (b[7].is_ascii_digit() || (b[7].is_ascii_uppercase() && b[7] != b'O'))
        && b[8..].iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// A Finnish reference number: the base's digits and a check digit over them with the weights
/// 7, 3, 1 from the right; written without the spaces banks print it with, as a payment file
/// carries it.
pub fn reference_number(base: u64) -> String {
    let digits = base.to_string();
    let weights = [7, 3, 1].into_iter().cycle();
    let sum: u32 = digits.bytes().rev().zip(weights).map(|(d, w)| u32::from(d - b'0') * w).sum();
    format!("{digits}{}", (10 - sum % 10) % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_ids_with_their_check_digit() {
        // The Tax Administration's own business ID, and one whose remainder is 0.
        assert!(business_id_is_valid("0245437-2"));
        assert!(business_id_is_valid("2345678-0"));
        assert!(!business_id_is_valid("3141592-0"), "a remainder of 1 has no check digit");
        assert!(!business_id_is_valid("0245437-3"), "a wrong check digit");
        assert!(!business_id_is_valid("02454372"), "no hyphen");
        assert!(!business_id_is_valid("245437-2"), "six digits");
        assert!(!business_id_is_valid("0245437-x"));
    }

    #[test]
    fn ibans_with_their_check_digits() {
        // The example account of the Finnish banks' IBAN guide.
        assert!(iban_is_valid("FI2112345600000785"));
        assert_eq!(normal_iban("fi21 1234 5600 0007 85"), "FI2112345600000785");
        assert!(!iban_is_valid("FI2112345600000786"), "one digit mistyped");
        assert!(!iban_is_valid("FI211234560000078"), "a Finnish IBAN is 18 long");
        assert!(iban_is_valid("DE89370400440532013000"), "a German one");
        assert_eq!(finnish_iban("12345600000785"), "FI2112345600000785");
    }

    #[test]
    fn bics_as_the_schema_allows() {
        assert!(bic_is_valid("NDEAFIHH"));
        assert!(bic_is_valid("OKOYFIHHXXX"));
        assert!(!bic_is_valid("NDEAFIH"));
        assert!(!bic_is_valid("NDEAFIHO"), "O is not a place's second character");
        assert!(!bic_is_valid("ndeafihh"));
    }

    #[test]
    fn reference_numbers_carry_a_7_3_1_check_digit() {
        // The Finnish banks' example: base 123456 gets the check digit 1.
        assert_eq!(reference_number(123_456), "1234561");
        assert_eq!(reference_number(1_000), "10003");
        assert_eq!(reference_number(201_803_000_017), "2018030000170");
    }
}

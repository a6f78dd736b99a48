//! CSV files for spreadsheets and other systems (RFC 4180): commas between fields, one line per
//! row, a field quoted only when it holds a comma, a quote or a line break.

/// One field as a CSV line carries it.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_what_needs_quotes_is_quoted() {
        assert_eq!(super::field("Kotipiha Oy"), "Kotipiha Oy");
        assert_eq!(super::field("Apu, tuki"), "\"Apu, tuki\"");
        assert_eq!(super::field("\"Tuike\""), "\"\"\"Tuike\"\"\"");
    }
}

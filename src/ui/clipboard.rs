//! Copying to the terminal's clipboard with OSC 52, which works over SSH in
//! terminals that allow it (xterm, kitty, WezTerm, tmux with
//! `set-clipboard on` …). The text travels base64-encoded, so nothing in
//! it can act as a terminal sequence.

use base64::Engine;

/// The escape sequence that puts `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    let payload = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\x1b]52;c;{payload}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_base64_encoded() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
        let hostile = osc52("\x1b]0;pwned\x07");
        assert_eq!(hostile.matches('\x1b').count(), 1, "only our own ESC");
    }
}

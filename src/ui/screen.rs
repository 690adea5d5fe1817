//! What qari has put on the terminal, so that each frame sends only what
//! changed. When the article scrolls by a few lines, the terminal itself is
//! scrolled (a scroll region and `CSI n S`/`CSI n T`) and only the rows that
//! came into view are sent: a handful of bytes per line on a slow SSH link,
//! where redrawing the pane would cost kilobytes.
//!
//! ratatui's `Terminal` keeps its idea of the screen private, so it could
//! not know that the terminal scrolled; this keeps the previous frame itself
//! and shifts it the same way, then lets ratatui's `Buffer::diff` find what
//! is left to draw.

use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use std::ops::Range;
use unicode_width::UnicodeWidthStr;

/// A vertical scroll of some screen rows, as the terminal will do it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scroll {
    /// The screen rows that move (the article pane).
    pub rows: Range<u16>,
    /// How far the content moves up (positive: the article scrolled down).
    pub lines: i32,
}

/// The terminal's contents as qari last drew them.
#[derive(Debug)]
pub struct Screen<B: Backend> {
    backend: B,
    shown: Buffer,
    /// The terminal must be cleared before the next frame (after a resize).
    clear_first: bool,
}

impl<B: Backend> Screen<B> {
    /// A screen of the given size, cleared by the first frame.
    pub fn new(backend: B, area: Rect) -> Screen<B> {
        Screen {
            backend,
            shown: Buffer::empty(area),
            clear_first: true,
        }
    }

    /// The area of the screen.
    pub fn area(&self) -> Rect {
        self.shown.area
    }

    /// The backend, to send other sequences through.
    pub fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }

    /// A new size: the next frame clears the terminal and is drawn whole
    /// (clearing then, inside the frame's synchronized update, not now, so
    /// that nobody sees a blank screen in between).
    pub fn resize(&mut self, area: Rect) {
        self.shown = Buffer::empty(area);
        self.clear_first = true;
    }

    /// Shows `next`: scrolls the terminal first when `scroll` says the pane
    /// moved by fewer lines than it has, then sends the cells that differ.
    pub fn present(&mut self, next: Buffer, scroll: Option<Scroll>) -> Result<(), B::Error> {
        if std::mem::take(&mut self.clear_first) {
            self.backend.clear()?;
        } else if let Some(scroll) = scroll.filter(worth_scrolling) {
            let amount = scroll.lines.unsigned_abs() as u16;
            if scroll.lines > 0 {
                self.backend.scroll_region_up(scroll.rows.clone(), amount)?;
            } else {
                self.backend
                    .scroll_region_down(scroll.rows.clone(), amount)?;
            }
            shift_rows(&mut self.shown, &scroll);
        }
        let changes = fill_small_gaps(&next, self.shown.diff(&next));
        self.backend.draw(changes.into_iter())?;
        self.backend.flush()?;
        self.shown = next;
        Ok(())
    }
}

/// The widest run of unchanged cells sent again rather than jumped over:
/// a cursor move costs 6 to 8 bytes, a space 1.
const MAX_GAP: u16 = 6;

/// Adds to the changes the unchanged cells in short gaps between two
/// changes on a row (the spaces between words of a new row, mostly), so
/// that the terminal gets a few characters instead of a cursor move.
fn fill_small_gaps<'a>(
    next: &'a Buffer,
    changes: Vec<(u16, u16, &'a Cell)>,
) -> Vec<(u16, u16, &'a Cell)> {
    let mut filled = Vec::with_capacity(changes.len());
    let mut end_of_last: Option<(u16, u16)> = None;
    for (x, y, cell) in changes {
        if let Some((last_y, last_end)) = end_of_last {
            let gap = last_end..x;
            let plain = |gx: u16| next.cell((gx, y)).is_some_and(|c| c.symbol().width() == 1);
            if last_y == y
                && !gap.is_empty()
                && gap.len() <= usize::from(MAX_GAP)
                && gap.clone().all(plain)
            {
                filled.extend(gap.filter_map(|gx| next.cell((gx, y)).map(|c| (gx, y, c))));
            }
        }
        let width = cell.symbol().width().max(1) as u16;
        end_of_last = Some((y, x.saturating_add(width)));
        filled.push((x, y, cell));
    }
    filled
}

/// Scrolling pays when some rows stay on screen.
fn worth_scrolling(scroll: &Scroll) -> bool {
    let height = i32::from(scroll.rows.end.saturating_sub(scroll.rows.start));
    scroll.lines != 0 && scroll.lines.abs() < height
}

/// Moves rows of a buffer as the terminal moves them in a scroll region;
/// the rows that come into view are blank.
pub fn shift_rows(buffer: &mut Buffer, scroll: &Scroll) {
    let width = usize::from(buffer.area.width);
    let area = buffer.area;
    let row_start = move |y: u16| usize::from(y - area.y) * width;
    let (top, bottom) = (scroll.rows.start, scroll.rows.end);
    let amount = scroll.lines.unsigned_abs() as u16;
    let moved: Vec<u16> = if scroll.lines > 0 {
        (top..bottom.saturating_sub(amount)).collect()
    } else {
        (top + amount..bottom).rev().collect()
    };
    for y in moved {
        let from = if scroll.lines > 0 {
            y + amount
        } else {
            y - amount
        };
        let (src, dst) = (row_start(from), row_start(y));
        for x in 0..width {
            buffer.content[dst + x] = buffer.content[src + x].clone();
        }
    }
    let blank: Range<u16> = if scroll.lines > 0 {
        bottom.saturating_sub(amount)..bottom
    } else {
        top..(top + amount).min(bottom)
    };
    for y in blank {
        let start = row_start(y);
        buffer.content[start..start + width].fill(Cell::EMPTY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;

    fn buffer(lines: &[&str]) -> Buffer {
        Buffer::with_lines(lines.iter().copied())
    }

    #[test]
    fn shifting_up_moves_rows_and_blanks_the_bottom_of_the_region() {
        let mut b = buffer(&["title", "one", "two", "three", "status"]);
        shift_rows(
            &mut b,
            &Scroll {
                rows: 1..4,
                lines: 1,
            },
        );
        assert_eq!(b, buffer(&["title", "two", "three", "", "status"]));
    }

    #[test]
    fn shifting_down_blanks_the_top_of_the_region() {
        let mut b = buffer(&["title", "one", "two", "three", "status"]);
        shift_rows(
            &mut b,
            &Scroll {
                rows: 1..4,
                lines: -2,
            },
        );
        assert_eq!(b, buffer(&["title", "", "", "one", "status"]));
    }

    #[test]
    fn a_scrolled_frame_sends_only_the_new_rows() {
        let area = Rect::new(0, 0, 5, 5);
        let mut screen = Screen::new(TestBackend::new(5, 5), area);
        screen
            .present(buffer(&["title", "one", "two", "three", "st 1"]), None)
            .expect("first frame");
        let next = buffer(&["title", "two", "three", "four", "st 2"]);
        screen
            .present(
                next.clone(),
                Some(Scroll {
                    rows: 1..4,
                    lines: 1,
                }),
            )
            .expect("scrolled frame");
        // The test backend applied the scroll and the diff: it shows `next`.
        screen.backend_mut().assert_buffer(&next);
        // And qari's copy of the screen is `next` too.
        assert_eq!(screen.shown, next);
    }

    #[test]
    fn after_shifting_only_the_new_row_and_the_status_differ() {
        let mut shown = buffer(&["title", "one", "two", "three", "st 1"]);
        let next = buffer(&["title", "two", "three", "four", "st 2"]);
        shift_rows(
            &mut shown,
            &Scroll {
                rows: 1..4,
                lines: 1,
            },
        );
        let rows: Vec<u16> = shown.diff(&next).iter().map(|&(_, y, _)| y).collect();
        assert!(rows.iter().all(|&y| y == 3 || y == 4), "{rows:?}");
    }

    #[test]
    fn short_gaps_between_changes_are_filled_with_their_cells() {
        let shown = Buffer::empty(Rect::new(0, 0, 16, 1));
        let next = buffer(&["one two    three"]);
        let changes = fill_small_gaps(&next, shown.diff(&next));
        let xs: Vec<u16> = changes.iter().map(|&(x, _, _)| x).collect();
        // "one two" is sent whole (the space is one cell); the 4-space gap too.
        assert_eq!(xs, (0..16).collect::<Vec<u16>>());
        let far = buffer(&["a          b    "]);
        let xs: Vec<u16> = fill_small_gaps(&far, shown.diff(&far))
            .iter()
            .map(|c| c.0)
            .collect();
        assert_eq!(xs, [0, 11], "a long gap is a cursor move");
    }

    #[test]
    fn a_scroll_of_a_whole_region_is_drawn_instead() {
        let s = Scroll {
            rows: 1..4,
            lines: 3,
        };
        assert!(!worth_scrolling(&s));
        assert!(worth_scrolling(&Scroll {
            rows: 1..4,
            lines: -2
        }));
    }
}

//! The terminal: entering and leaving full-screen mode, and the event loop.
//!
//! The terminal is restored on every way out: quit, error, panic (a panic
//! hook), and SIGTERM, SIGHUP (a dropped SSH connection) and SIGINT, which
//! arrive as events in the same loop as the keys.

use super::app::App;
use super::facts_view::FactsView;
use super::screen::{Screen, Scroll};
use super::view;
use crate::layout::BidiMode;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, Event, MouseEventKind};
use ratatui::crossterm::{cursor, execute, queue, terminal};
use ratatui::layout::Rect;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;

/// Terminal-WG bidi: explicit mode, where the terminal does not reorder what
/// qari already put in visual order (VTE/GNOME Terminal honour it).
const BIDI_EXPLICIT: &str = "\x1b[8l";
/// Terminal-WG bidi: back to implicit mode, the terminal's default.
const BIDI_IMPLICIT: &str = "\x1b[8h";
/// mlterm ignores `CSI 8 l` but has its own switch for its bidi.
const MLTERM_BIDI_OFF: &str = "\x1b]5379;use_ctl=false\x07";
/// mlterm: bidi back on.
const MLTERM_BIDI_ON: &str = "\x1b]5379;use_ctl=true\x07";

/// What the event loop waits for.
pub enum Message {
    /// A key, a resize … from the terminal.
    Input(io::Result<Event>),
    /// SIGTERM, SIGHUP or SIGINT.
    Signal,
    /// The facts of article `index`, extracted in the background.
    Facts(usize, FactsView),
}

/// Whether the terminal is in full-screen mode (so restore runs once).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether qari switched the terminal's own bidi off (to switch it back).
static BIDI_SWITCHED: AtomicBool = AtomicBool::new(false);
/// Whether qari asked for mouse reports (to stop them).
static MOUSE_ON: AtomicBool = AtomicBool::new(false);

/// How the terminal is set up.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Who reorders: in app mode the terminal's own bidi is switched off.
    pub mode: BidiMode,
    /// Whether to ask for mouse reports (for the wheel).
    pub mouse: bool,
}

/// Runs the reader until the user quits or a signal arrives, and gives the
/// app back (to save what it should remember). `start` gets a sender for
/// background work (facts extraction) to report to.
pub fn run(
    mut app: App,
    options: Options,
    start: impl FnOnce(mpsc::Sender<Message>),
) -> io::Result<App> {
    let (sender, messages) = mpsc::channel();
    watch_signals(sender.clone())?;
    start(sender.clone());
    let mut screen = enter(options)?;
    install_panic_hook();
    let result = event_loop(&mut screen, &mut app, &sender, &messages);
    leave();
    result.map(|()| app)
}

/// The terminal as the event loop uses it.
type TerminalScreen = Screen<CrosstermBackend<Stdout>>;

fn event_loop(
    screen: &mut TerminalScreen,
    app: &mut App,
    sender: &mpsc::Sender<Message>,
    messages: &mpsc::Receiver<Message>,
) -> io::Result<()> {
    app.resize(screen.area());
    read_input(sender.clone());
    loop {
        if app.dirty {
            draw(screen, app)?;
            app.dirty = false;
        }
        match messages.recv() {
            Ok(Message::Input(Ok(Event::Key(key)))) => app.key(key),
            Ok(Message::Input(Ok(Event::Resize(width, height)))) => {
                let area = Rect::new(0, 0, width, height);
                screen.resize(area);
                app.resize(area);
            }
            Ok(Message::Facts(index, facts)) => app.set_facts(index, facts),
            Ok(Message::Input(Ok(Event::Mouse(mouse)))) => match mouse.kind {
                MouseEventKind::ScrollDown => app.wheel(1),
                MouseEventKind::ScrollUp => app.wheel(-1),
                _ => {}
            },
            Ok(Message::Input(Ok(_))) => {}
            Ok(Message::Input(Err(err))) => return Err(err),
            Ok(Message::Signal) | Err(_) => return Ok(()),
        }
        if app.quit {
            return Ok(());
        }
    }
}

/// Draws one frame inside synchronized-update brackets, so that a terminal
/// shows it whole instead of flickering through the update. When the
/// article only scrolled, the terminal scrolls the pane and only the new
/// rows are sent.
fn draw(screen: &mut TerminalScreen, app: &mut App) -> io::Result<()> {
    let area = screen.area();
    let mut frame = Buffer::empty(area);
    view::draw(&mut frame, app);
    let shift = app.take_pane_shift();
    let scroll = shift
        .filter(|_| app.article_is_full_width())
        .map(|lines| Scroll {
            rows: view::pane_rows(area),
            lines: lines.clamp(-i32::MAX as isize, i32::MAX as isize) as i32,
        });
    queue!(screen.backend_mut(), terminal::BeginSynchronizedUpdate)?;
    screen.present(frame, scroll)?;
    for sequence in app.outbox.drain(..) {
        screen.backend_mut().write_all(sequence.as_bytes())?;
    }
    execute!(screen.backend_mut(), terminal::EndSynchronizedUpdate)
}

/// Reads terminal events on a thread of its own and sends them to the loop.
fn read_input(sender: mpsc::Sender<Message>) {
    thread::spawn(move || loop {
        let event = event::read();
        let failed = event.is_err();
        if sender.send(Message::Input(event)).is_err() || failed {
            return;
        }
    });
}

/// Delivers SIGTERM, SIGHUP and SIGINT to the loop as messages.
fn watch_signals(sender: mpsc::Sender<Message>) -> io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = sender.send(Message::Signal);
        }
    });
    Ok(())
}

/// Switches to full-screen mode: raw input, the alternate screen, no cursor,
/// and (when qari does the bidi) the terminal's own bidi off.
fn enter(options: Options) -> io::Result<TerminalScreen> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, terminal::EnterAlternateScreen, cursor::Hide)?;
    if options.mouse {
        execute!(out, event::EnableMouseCapture)?;
        MOUSE_ON.store(true, Ordering::SeqCst);
    }
    if options.mode == BidiMode::App {
        out.write_all(bidi_off_sequence().as_bytes())?;
        out.flush()?;
        BIDI_SWITCHED.store(true, Ordering::SeqCst);
    }
    let (width, height) = terminal::size()?;
    Ok(Screen::new(
        CrosstermBackend::new(out),
        Rect::new(0, 0, width, height),
    ))
}

fn bidi_off_sequence() -> String {
    if is_mlterm() {
        format!("{BIDI_EXPLICIT}{MLTERM_BIDI_OFF}")
    } else {
        BIDI_EXPLICIT.to_string()
    }
}

fn bidi_on_sequence() -> String {
    if is_mlterm() {
        format!("{BIDI_IMPLICIT}{MLTERM_BIDI_ON}")
    } else {
        BIDI_IMPLICIT.to_string()
    }
}

fn is_mlterm() -> bool {
    std::env::var("TERM").is_ok_and(|t| t.starts_with("mlterm"))
}

/// Puts the terminal back as it was. Safe to call more than once.
pub fn leave() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE_ON.swap(false, Ordering::SeqCst) {
        let _ = execute!(out, event::DisableMouseCapture);
    }
    if BIDI_SWITCHED.swap(false, Ordering::SeqCst) {
        let _ = out.write_all(bidi_on_sequence().as_bytes());
    }
    let _ = execute!(
        out,
        terminal::EndSynchronizedUpdate,
        cursor::Show,
        terminal::LeaveAlternateScreen
    );
    let _ = terminal::disable_raw_mode();
}

/// Restores the terminal before a panic message is printed. A panic of
/// the facts thread is caught there and must not touch the screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(super::FACTS_THREAD) {
            return;
        }
        leave();
        previous(info);
    }));
}

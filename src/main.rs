fn main() {
    std::process::exit(qari::cli::main());
}

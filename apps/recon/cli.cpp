#include "cli.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <new>
#include <streambuf>

#include <unistd.h>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "command.hpp"
#include "diagnostics.hpp"
#include "recon/base/input_error.hpp"
#include "visible_text.hpp"

namespace recon::cli {
namespace {

constexpr Command commands[] = {
    {"settle", "The period job: foot, roll forward, post through Amazon Clearing, match the bank, explain clearing",
     define_settle},
    {"foot", "Check that each settlement report's lines sum to its total", define_foot},
    {"bank", "Show how each bank export is read: its layout, every transaction, every skipped line", define_bank},
    {"history", "List the settlements in the book", define_history},
    {"reserve", "Show the reserve roll-forward from the book, report by report", define_reserve},
    {"exceptions", "List, export or resolve the exceptions in the book", define_exceptions},
    {"map", "Print the built-in account map, or check a map file", define_map},
};

bool is_command(std::string_view name) {
  return std::any_of(std::begin(commands), std::end(commands), [name](const Command& command) { return command.name == name; });
}

// A log message (%*) as visible_text prints it: the messages name the files read.
class VisibleMessage : public spdlog::custom_flag_formatter {
public:
  void format(const spdlog::details::log_msg& message, const std::tm& /*time*/, spdlog::memory_buf_t& out) override {
    const std::string text = visible_text(std::string_view(message.payload.data(), message.payload.size()));
    out.append(text.data(), text.data() + text.size());
  }
  [[nodiscard]] std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<VisibleMessage>(); }
};

// Diagnostics go to stderr so stdout carries only the report. Quiet unless --verbose.
void set_up_logging(bool verbose) {
  auto logger = spdlog::stderr_logger_st("recon");
  auto formatter = std::make_unique<spdlog::pattern_formatter>();
  formatter->add_flag<VisibleMessage>('*').set_pattern("recon: %l: %*");
  logger->set_formatter(std::move(formatter));
  logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
  spdlog::set_default_logger(std::move(logger));
}

// std::cout's buffer, written to descriptor 1 directly: stdio forgets why a write failed (errno is
// long overwritten by the time the run ends), and a full disk must be named as the cause.
class StdoutBuffer : public std::streambuf {
public:
  StdoutBuffer() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  // The errno of the first write that failed, or 0.
  [[nodiscard]] int error() const noexcept { return error_; }

protected:
  int_type overflow(int_type next) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(next, traits_type::eof())) sputc(traits_type::to_char_type(next));
    return traits_type::not_eof(next);
  }
  int sync() override { return drain() ? 0 : -1; }

private:
  bool drain() {
    const char* from = pbase();
    while (error_ == 0 && from < pptr()) {
      const ssize_t written = ::write(STDOUT_FILENO, from, static_cast<std::size_t>(pptr() - from));
      if (written >= 0) from += written;
      else if (errno != EINTR) error_ = errno;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size()); // what could not be written is dropped
    return error_ == 0;
  }

  std::array<char, std::size_t{64} << 10U> buffer_{};
  int error_ = 0;
};

// Never destroyed: std::cout is flushed once more as the program exits, after function statics are gone.
StdoutBuffer& stdout_buffer() {
  static auto* buffer = new StdoutBuffer;
  return *buffer;
}

// A report that never reached stdout (a full disk, a closed descriptor) makes a failed run, not a
// quiet success: flush it and say why. A reader that went away (`| head -1`) is no error: SIGPIPE
// ends recon quietly, as it ends cat, and where SIGPIPE is ignored the broken pipe is let pass too.
int status_after_writing_stdout(int status) {
  std::cout.flush();
  const int cause = stdout_buffer().error();
  if (cause == 0 || cause == EPIPE) return status;
  std::cerr << "recon: error: cannot write the report to standard output: " << std::strerror(cause) << '\n'
            << "hint: Anything else the run wrote (the book, a journal) is in place; send the report where it can be written.\n";
  return exit_input_error;
}

} // namespace

int run(int argc, char** argv) {
  std::cout.rdbuf(&stdout_buffer());
  CLI::App app{"recon: reconciles marketplace settlement reports with the bank, exactly.", "recon"};
  app.require_subcommand(1);
  app.fallthrough(); // global options such as --verbose may follow the command name too
  app.set_version_flag("--version", std::string(RECON_VERSION));
  bool verbose = false;
  app.add_flag("-v,--verbose", verbose, "Explain what recon detects in each file (on stderr)");

  Action chosen;
  for (const Command& command : commands) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    Action action = command.define(*sub);
    sub->callback([&chosen, action] { chosen = action; });
  }

  // CLI11 would only say "A subcommand is required" for a misspelt command; name it instead.
  if (argc > 1 && argv[1][0] != '-' && !is_command(argv[1])) {
    std::cerr << "recon: error: unknown command '" << visible_text(argv[1]) << "'\nRun 'recon --help' for the list of commands.\n";
    return exit_input_error;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // --help, --version: printed to stdout like a report, and checked like one.
    if (error.get_exit_code() == 0) return status_after_writing_stdout(app.exit(error));
    std::cerr << "recon: error: " << visible_text(error.what()) << "\nRun 'recon --help' for usage.\n";
    return exit_input_error;
  }

  set_up_logging(verbose);
  try {
    return status_after_writing_stdout(chosen());
  } catch (const InputError& error) {
    print_input_error(std::cerr, error);
    return exit_input_error;
  } catch (const std::bad_alloc&) {
    // Not a bug but a limit of the machine: inputs too large for the memory recon may use.
    std::cerr << "recon: error: out of memory\n"
              << "hint: Give recon fewer or smaller files at a time, or run it where more memory is free.\n";
    return exit_input_error;
  } catch (const std::exception& error) {
    std::cerr << "recon: internal error: " << visible_text(error.what())
              << "\nThis is a bug in recon. Please report it with the command you ran.\n";
    return exit_internal_error;
  }
}

} // namespace recon::cli

#pragma once
// A thin RAII layer over SQLite's C API: a connection, prepared statements, and errors as
// exceptions carrying SQLite's own message. Only the book uses it.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace recon::sqlite {

class Error : public std::runtime_error {
public:
  Error(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] int code() const noexcept { return code_; }
  [[nodiscard]] bool busy() const noexcept; // another connection holds the lock

private:
  int code_;
};

class Statement {
public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;

  // Parameters are numbered from 1, as in SQL's ?1, ?2.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_optional(int index, const std::optional<std::string>& text); // NULL when nullopt
  Statement& bind_null(int index);

  // Runs to the next row: true while there is one.
  bool step();
  // Runs a statement that returns no rows, then makes it reusable.
  void run();
  void reset();

  [[nodiscard]] std::int64_t integer(int column) const;
  [[nodiscard]] std::string text(int column) const;
  [[nodiscard]] bool is_null(int column) const;

private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

class Database {
public:
  enum class Access {
    read_write,
    create,    // read_write, making the file if it is missing
    read_only, // SQLite's read-only mode: a WAL database still needs its -shm, which it may create
    immutable, // read-only media: no lock, no -shm; only safe where nothing can write the file
  };
  Database(const std::string& path, Access access);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void execute(std::string_view sql); // one or more statements, no results
  [[nodiscard]] Statement prepare(std::string_view sql);
  [[nodiscard]] std::int64_t last_insert_id() const;

private:
  sqlite3* db_ = nullptr;
};

} // namespace recon::sqlite

#include "recon/book/book.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "book/book_schema.hpp"
#include "book/sqlite.hpp"
#include "recon/base/input_error.hpp"
#include "io/line_source.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "temp_file.hpp"

namespace recon {
namespace {

using ::testing::HasSubstr;

const std::string demo = std::string(RECON_TESTDATA_DIR) + "/demo/";
const std::string v1 = std::string(RECON_TESTDATA_DIR) + "/fixtures/v1-ca.txt";

class BookTest : public ::testing::Test {
protected:
  test::TempFile scratch_{""};
  std::string path_ = scratch_.directory() + "/recon.db";
};

TEST_F(BookTest, KeepsSettlementsExactlyAsRead) {
  const Settlement v2 = read_settlement(demo + "settlement-02.txt");
  const Settlement legacy = read_settlement(v1);
  {
    Book book(path_, Book::Open::create_if_missing);
    book.begin("test");
    book.add(v2);
    book.add(legacy);
    book.commit();
  }
  const Book reopened(path_, Book::Open::must_exist);
  const auto settlements = reopened.settlements();
  ASSERT_EQ(settlements.size(), 2U);
  // Whole settlements: every field, each category with its months, the carry lines, the line
  // account. A field the book forgets to store fails here, whichever field it is.
  EXPECT_EQ(settlements[0], v2);
  EXPECT_EQ(settlements[1], legacy);
}

TEST_F(BookTest, ForgetsARunThatDoesNotCommit) {
  {
    Book book(path_, Book::Open::create_if_missing);
    book.begin("first");
    book.add(read_settlement(demo + "settlement-01.txt"));
    book.commit();
  }
  {
    Book book(path_, Book::Open::must_exist);
    book.begin("second");
    book.add(read_settlement(demo + "settlement-02.txt"));
  } // destroyed mid-run, as by an error
  EXPECT_EQ(Book(path_, Book::Open::must_exist).settlements().size(), 1U);
}

TEST_F(BookTest, LeavesNoFileWhenItsFirstRunFails) {
  {
    Book book(path_, Book::Open::create_if_missing);
    book.begin("first");
    book.add(read_settlement(demo + "settlement-01.txt"));
  }
  EXPECT_FALSE(std::filesystem::exists(path_));
}

using BookDeathTest = BookTest;

TEST_F(BookDeathTest, LeavesNoFileWhenItsFirstRunStopsOnAReportCutShort) {
  // A report truncated while recon reads it stops the run from a signal handler, which cannot
  // unwind to the Book's destructor; the handler removes the new book itself.
  std::string rows;
  for (int i = 0; i < 10000; ++i) rows += std::string(99, 'x') + '\n';
  test::TempFile report(rows);
  EXPECT_EXIT(
      {
        Book book(path_, Book::Open::create_if_missing);
        book.begin("settle");
        LineSource source(report.path());
        (void)source.next();
        std::filesystem::resize_file(report.path(), 0);
        while (source.next()) {
        }
        std::exit(0);
      },
      ::testing::ExitedWithCode(2), "cut short while recon read it");
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) EXPECT_FALSE(std::filesystem::exists(path_ + suffix)) << suffix;
}

TEST_F(BookTest, KeepsFindingStatesAcrossRuns) {
  const auto finding = [](std::uint64_t line) {
    return Finding::raise(FindingCode::unmapped_line, "17000001003", std::nullopt, "an unmapped label", SourceRef{"s.txt", line});
  };
  Book book(path_, Book::Open::create_if_missing);
  std::vector<Finding> first = {finding(10), finding(20)};
  book.begin("run 1");
  book.sync_findings(first);
  book.commit();
  EXPECT_EQ(first[0].book_id, 1);
  EXPECT_FALSE(first[0].resolved);

  book.begin("resolve");
  book.resolve(first[0].book_id, "mapped in next month's map", "anna");
  book.commit();

  std::vector<Finding> second = {finding(10)}; // line 20's finding is gone
  book.begin("run 2");
  book.sync_findings(second);
  book.commit();
  EXPECT_EQ(second[0].book_id, 1);
  EXPECT_TRUE(second[0].resolved); // a person's resolution sticks
  EXPECT_THAT(second[0].resolution, HasSubstr("by anna"));

  const auto all = book.exceptions(false);
  ASSERT_EQ(all.size(), 2U);
  EXPECT_TRUE(all[1].resolved); // no longer found: closed by recon
  EXPECT_THAT(all[1].resolution, HasSubstr("by recon"));
  EXPECT_TRUE(book.exceptions(true).empty());
}

TEST_F(BookTest, RefusesWhatIsNotABook) {
  EXPECT_THROW(Book(path_, Book::Open::must_exist), InputError);
  std::ofstream(path_) << "this is not a database at all, just some text that is long enough";
  try {
    Book book(path_, Book::Open::create_if_missing);
    book.begin("test");
    FAIL() << "a text file must not open as a book";
  } catch (const InputError& error) {
    EXPECT_EQ(error.file(), path_);
  }
}

TEST_F(BookTest, ResolvingAnUnknownExceptionIsAnError) {
  Book book(path_, Book::Open::create_if_missing);
  book.begin("test");
  EXPECT_THROW(book.resolve(42, "note", "me"), InputError);
}

TEST_F(BookTest, SaysSoWhenAnotherRunHoldsTheBook) {
  { // an existing book: while a new one is being made, others wait for it as they open it
    Book made(path_, Book::Open::create_if_missing);
    made.begin("made");
    made.commit();
  }
  Book first(path_, Book::Open::create_if_missing);
  first.begin("first");
  Book second(path_, Book::Open::create_if_missing, std::chrono::milliseconds{200});
  try {
    second.begin("second");
    FAIL() << "the second run must not get the book while the first holds it";
  } catch (const InputError& error) {
    EXPECT_THAT(error.message(), HasSubstr("stayed locked"));
    EXPECT_THAT(error.hint(), HasSubstr("Nothing was written"));
  }
  first.commit();
  second.begin("second, later"); // free once the first run is done
  second.commit();
}

TEST_F(BookTest, WaitsForAnotherRunMakingTheBook) {
  Book first(path_, Book::Open::create_if_missing);
  first.begin("first");
  EXPECT_FALSE(std::filesystem::exists(path_)); // nothing under the book's name before the commit
  try {
    Book second(path_, Book::Open::create_if_missing, std::chrono::milliseconds{200});
    FAIL() << "the second run must not make the book while the first is making it";
  } catch (const InputError& error) {
    EXPECT_THAT(error.message(), HasSubstr("another recon is making a book"));
    EXPECT_THAT(error.hint(), HasSubstr("Nothing was written"));
  }
  first.commit();
  EXPECT_TRUE(std::filesystem::exists(path_));
  Book second(path_, Book::Open::create_if_missing, std::chrono::milliseconds{200}); // opens the book made
  second.begin("second");
  second.commit();
}

ExportedEntry exported(const std::string& id, const std::string& content, const std::string& file) {
  return {id, "17000001010", id.ends_with("-deposit") ? EntryKind::deposit : EntryKind::settlement, content, file};
}

TEST_F(BookTest, RecordsExportsPerFormatTheLatestOfEachWinning) {
  {
    Book book(path_, Book::Open::create_if_missing);
    book.begin("first");
    book.add(read_settlement(demo + "settlement-02.txt"));
    book.record_exports("qbo", {exported("17000001010", "a", "qbo-1.csv")});
    book.commit();
  }
  {
    Book book(path_, Book::Open::must_exist);
    book.begin("second");
    book.record_exports("qbo", {exported("17000001010", "b", "qbo-2.csv"), exported("17000001010-deposit", "c", "qbo-2.csv")});
    book.record_exports("xero", {exported("17000001010", "x", "xero.csv")});
    book.commit();
  }
  {
    Book book(path_, Book::Open::must_exist);
    book.begin("third");
    book.record_exports("qbo", {exported("17000001010", "never", "qbo-3.csv")});
  } // not committed
  Book book(path_, Book::Open::must_exist);
  book.begin("reading");
  const auto qbo = book.exported_entries("qbo");
  ASSERT_EQ(qbo.size(), 2U);
  EXPECT_EQ(qbo[0].entry_id, "17000001010");
  EXPECT_EQ(qbo[0].content, "b"); // exported again in the second run
  EXPECT_EQ(qbo[0].file, "qbo-2.csv");
  EXPECT_EQ(qbo[0].kind, EntryKind::settlement);
  EXPECT_EQ(qbo[1].entry_id, "17000001010-deposit");
  EXPECT_EQ(qbo[1].kind, EntryKind::deposit);
  ASSERT_EQ(book.exported_entries("xero").size(), 1U);
  EXPECT_EQ(book.exported_entries("xero")[0].content, "x");
  EXPECT_TRUE(book.exported_entries("csv").empty());
}

TEST_F(BookTest, ABookFromBeforeExportsWereRecordedIsBroughtUpToDate) {
  {
    sqlite::Database old(path_, sqlite::Database::Access::create);
    old.execute(book_schema::migrations[0]);
    old.execute("PRAGMA user_version = 1");
  }
  Book book(path_, Book::Open::must_exist);
  book.begin("first run of a newer recon");
  book.add(read_settlement(demo + "settlement-02.txt"));
  EXPECT_TRUE(book.exported_entries("qbo").empty());
  book.record_exports("qbo", {exported("17000001010", "a", "qbo.csv")});
  book.commit();
  sqlite::Database check(path_, sqlite::Database::Access::read_only);
  auto version = check.prepare("PRAGMA user_version");
  version.step();
  EXPECT_EQ(static_cast<std::size_t>(version.integer(0)), book_schema::migrations.size());
}

TEST(BookPath, FollowsOptionThenEnvironmentThenDefault) {
  ::unsetenv("RECON_BOOK");
  EXPECT_EQ(Book::resolve_path(std::nullopt), "recon.db");
  ::setenv("RECON_BOOK", "/books/shop.db", 1);
  EXPECT_EQ(Book::resolve_path(std::nullopt), "/books/shop.db");
  EXPECT_EQ(Book::resolve_path("mine.db"), "mine.db");
  ::unsetenv("RECON_BOOK");
}

} // namespace
} // namespace recon

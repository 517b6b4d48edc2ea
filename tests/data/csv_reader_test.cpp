// CsvReader: header and delimiter detection, quoting, column choice, errors that name line and
// column, and fill policies that always warn.
#include "core/data/csv_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/common/error.h"
#include "core/data/csv_tokenizer.h"

namespace lstmviz::core {
namespace {

CsvResult parseWith(const std::string& text, CsvOptions options = {}) {
  return CsvReader(std::move(options)).parse(text, "prices.csv");
}

// Returns the FileError message of parsing text, or fails the test.
std::string errorOf(const std::string& text, CsvOptions options = {}) {
  try {
    parseWith(text, std::move(options));
  } catch (const FileError& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected a FileError for:\n" << text;
  return "";
}

TEST(CsvReader, DetectsHeaderFromNonNumericFirstRow) {
  const CsvResult r = parseWith("Open,Close\n1,2\n3,4\n");
  EXPECT_TRUE(r.hasHeader);
  EXPECT_EQ(r.series.columnNames(), (std::vector<std::string>{"Open", "Close"}));
  EXPECT_EQ(r.series.rows(), 2);
  EXPECT_EQ(r.series.at(1, 1), 4.0f);
}

TEST(CsvReader, NumericFirstRowIsData) {
  const CsvResult r = parseWith("1,2\n3,4\n");
  EXPECT_FALSE(r.hasHeader);
  EXPECT_EQ(r.series.rows(), 2);
  EXPECT_EQ(r.series.columnNames(), (std::vector<std::string>{"column 1", "column 2"}));
}

TEST(CsvReader, DateColumnInHeaderlessFileIsNotAHeader) {
  // Column 1 is text in both rows; column 2 numeric in both: no header, date column skipped.
  const CsvResult r = parseWith("1949-01,112\n1949-02,118\n");
  EXPECT_FALSE(r.hasHeader);
  EXPECT_EQ(r.series.columns(), 1);
  EXPECT_EQ(r.series.column(0), (std::vector<float>{112, 118}));
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].kind, CsvWarningKind::kColumnSkipped);
  EXPECT_EQ(r.warnings[0].column, 1);
}

TEST(CsvReader, HeaderModeCanBeForced) {
  CsvOptions options;
  options.header = HeaderMode::kPresent;
  EXPECT_EQ(parseWith("1,2\n3,4\n", options).series.columnNames(),
            (std::vector<std::string>{"1", "2"}));
}

TEST(CsvReader, DetectsCommaSemicolonAndTab) {
  EXPECT_EQ(parseWith("a,b\n1,2\n").delimiter, ',');
  EXPECT_EQ(parseWith("a;b\n1;2\n").delimiter, ';');
  EXPECT_EQ(parseWith("a\tb\n1\t2\n").delimiter, '\t');
  EXPECT_EQ(CsvTokenizer::detectDelimiter("x\n1\n2\n"), ',');
  // A European file: ';' between fields, ',' as the decimal point.
  CsvOptions options;
  options.decimalPoint = ',';
  const CsvResult r = parseWith("a;b\n1,5;2,25\n", options);
  EXPECT_EQ(r.delimiter, ';');
  EXPECT_FLOAT_EQ(r.series.at(0, 0), 1.5f);
  EXPECT_FLOAT_EQ(r.series.at(0, 1), 2.25f);
}

TEST(CsvReader, GivenDelimiterIsUsed) {
  CsvOptions options;
  options.delimiter = '|';
  EXPECT_EQ(parseWith("a|b\n1|2\n", options).series.columns(), 2);
}

TEST(CsvReader, QuotedFieldsHoldDelimitersQuotesAndLineBreaks) {
  const CsvResult r =
      parseWith("\"Name, full\",\"Value\"\n\"a \"\"quoted\"\"\nname\",\"1.5\"\nplain,2\n");
  EXPECT_TRUE(r.hasHeader);
  EXPECT_EQ(r.fileColumnNames[0], "Name, full");
  ASSERT_EQ(r.series.columns(), 1);  // the text column is skipped
  EXPECT_EQ(r.series.column(0), (std::vector<float>{1.5f, 2.0f}));
}

TEST(CsvReader, HandlesCrlfBomBlankTrailingLinesAndSigns) {
  const CsvResult r = parseWith("\xEF\xBB\xBFx,y\r\n+1,-2e-1\r\n 3 , 4.5 \r\n\r\n\r\n");
  EXPECT_EQ(r.series.columnNames()[0], "x");
  ASSERT_EQ(r.series.rows(), 2);
  EXPECT_FLOAT_EQ(r.series.at(0, 0), 1.0f);
  EXPECT_FLOAT_EQ(r.series.at(0, 1), -0.2f);
  EXPECT_FLOAT_EQ(r.series.at(1, 1), 4.5f);
}

TEST(CsvReader, ChoosesColumnsByNameOrIndexAndAppendsTargets) {
  CsvOptions options;
  options.columns = {ColumnRef::byName("Volume"), ColumnRef::byIndex(1)};
  options.targets = {ColumnRef::byName("Close"), ColumnRef::byName("Volume")};
  const CsvResult r = parseWith("Date,High,Volume,Close\nd1,10,100,9\nd2,11,200,10\n", options);
  EXPECT_EQ(r.series.columnNames(), (std::vector<std::string>{"Volume", "High", "Close"}));
  EXPECT_EQ(r.inputColumns, (std::vector<int64_t>{0, 1}));
  EXPECT_EQ(r.targetColumns, (std::vector<int64_t>{2, 0}));
  EXPECT_EQ(r.fileColumns, (std::vector<int64_t>{2, 1, 3}));
  EXPECT_EQ(r.series.at(1, 2), 10.0f);
}

TEST(CsvReader, UnknownColumnErrorListsTheColumns) {
  CsvOptions options;
  options.columns = {ColumnRef::byName("Adj Close")};
  const std::string message = errorOf("Open,Close\n1,2\n", options);
  EXPECT_NE(message.find("no column named 'Adj Close'"), std::string::npos) << message;
  EXPECT_NE(message.find("'Open', 'Close'"), std::string::npos) << message;
  options.columns = {ColumnRef::byIndex(2)};
  EXPECT_NE(errorOf("Open,Close\n1,2\n", options).find("out of range"), std::string::npos);
}

TEST(CsvReader, NonNumericCellNamesLineAndColumn) {
  std::string text = "Date,Open,Close\n";
  for (int i = 0; i < 15; ++i) text += "d,1,2\n";
  text += "d,1,abc\n";  // line 17
  CsvOptions options;
  options.columns = {ColumnRef::byName("Open"), ColumnRef::byName("Close")};
  EXPECT_EQ(errorOf(text, options),
            "prices.csv: line 17, column 3 ('Close'): 'abc' is not a number");
}

TEST(CsvReader, MissingAndInfiniteCellsAreErrorsNamingLineAndColumn) {
  EXPECT_NE(errorOf("a,b\n1,2\n3,\n").find("line 3, column 2 ('b'): the value is missing"),
            std::string::npos);
  EXPECT_NE(errorOf("a,b\n1,2\nNA,4\n").find("line 3, column 1 ('a'): 'NA' is missing"),
            std::string::npos);
  EXPECT_NE(errorOf("a,b\n1,2\n3,inf\n").find("line 3, column 2 ('b'): 'inf' is not a finite"),
            std::string::npos);
  EXPECT_NE(errorOf("a\n1\n1e39\n").find("line 3, column 1 ('a'): '1e39' is out of the range"),
            std::string::npos);
}

TEST(CsvReader, RaggedRowIsAnErrorWithLineNumber) {
  EXPECT_EQ(errorOf("a,b,c\n1,2,3\n\n4,5\n"),
            "prices.csv: line 4: 2 fields, expected 3 (as on line 1)");
}

TEST(CsvReader, UnclosedQuoteAndTextAfterQuoteAreErrors) {
  CsvOptions options;
  options.delimiter = ',';
  EXPECT_NE(errorOf("a,b\n1,\"2\n3,4\n", options).find("line 2, column 2: the quoted field"),
            std::string::npos);
  EXPECT_NE(errorOf("a,b\n1,\"2\"x\n", options).find("line 2, column 2: unexpected 'x'"),
            std::string::npos);
}

TEST(CsvReader, LineNumbersCountBreaksInsideQuotedFields) {
  CsvOptions options;
  options.columns = {ColumnRef::byIndex(1)};
  EXPECT_NE(errorOf("note,v\n\"two\nlines\",1\nx,oops\n", options).find("line 4, column 2"),
            std::string::npos);
}

TEST(CsvReader, FillPreviousWarnsPerCell) {
  CsvOptions options;
  options.missing = MissingValuePolicy::kPrevious;
  const CsvResult r = parseWith("a,b\n,1\n2,\n3,x\n4,5\n", options);
  EXPECT_EQ(r.series.column(0), (std::vector<float>{2, 2, 3, 4}));  // no earlier: the next value
  EXPECT_EQ(r.series.column(1), (std::vector<float>{1, 1, 1, 5}));
  ASSERT_EQ(r.warnings.size(), 3u);
  EXPECT_EQ(r.warnings[0].kind, CsvWarningKind::kFilledNext);
  EXPECT_EQ(r.warnings[0].line, 2);
  EXPECT_EQ(r.warnings[0].column, 1);
  EXPECT_EQ(r.warnings[1].kind, CsvWarningKind::kFilledPrevious);
  EXPECT_EQ(r.warnings[1].line, 3);
  EXPECT_EQ(r.warnings[1].column, 2);
  EXPECT_EQ(r.warnings[2].line, 4);
  EXPECT_EQ(r.warnings[2].text, "x");
  EXPECT_EQ(r.warnings[2].message(),
            "line 4, column 2 ('b'): 'x' replaced by the previous value 1");
}

TEST(CsvReader, FillInterpolateIsLinearInTheRowIndex) {
  CsvOptions options;
  options.missing = MissingValuePolicy::kInterpolate;
  const CsvResult r = parseWith("v\n1\n\n\n", options);  // blank lines are skipped, not missing
  EXPECT_EQ(r.series.rows(), 1);
  const CsvResult gap = parseWith("v,w\n1,0\n,0\nNaN,0\n7,0\n,0\n", options);
  EXPECT_EQ(gap.series.column(0), (std::vector<float>{1, 3, 5, 7, 7}));
  ASSERT_EQ(gap.warnings.size(), 3u);
  EXPECT_EQ(gap.warnings[0].kind, CsvWarningKind::kFilledInterpolated);
  EXPECT_EQ(gap.warnings[0].line, 3);
  EXPECT_EQ(gap.warnings[2].kind, CsvWarningKind::kFilledPrevious);  // after the last value
}

TEST(CsvReader, FillMeanUsesTheNumericCells) {
  CsvOptions options;
  options.missing = MissingValuePolicy::kMean;
  const CsvResult r = parseWith("v\n1\nnull\n5\n", options);
  EXPECT_EQ(r.series.column(0), (std::vector<float>{1, 3, 5}));
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].kind, CsvWarningKind::kFilledMean);
  EXPECT_EQ(r.warnings[0].line, 3);
}

TEST(CsvReader, FillingAColumnWithoutNumbersIsAnError) {
  CsvOptions options;
  options.missing = MissingValuePolicy::kMean;
  options.columns = {ColumnRef::byName("b")};
  EXPECT_NE(errorOf("a,b\n1,\n2,\n", options).find("column 2 ('b') has no numeric value"),
            std::string::npos);
}

TEST(CsvReader, ProgressCallbackReportsAndCanCancel) {
  std::string text = "v\n";
  for (int i = 0; i < 10000; ++i) text += std::to_string(i) + "\n";
  int64_t lastDone = 0;
  int calls = 0;
  CsvOptions options;
  options.progress = [&](int64_t done, int64_t total) {
    EXPECT_EQ(total, static_cast<int64_t>(text.size()));
    EXPECT_GE(done, lastDone);
    lastDone = done;
    ++calls;
    return true;
  };
  const CsvResult full = parseWith(text, options);
  EXPECT_FALSE(full.cancelled);
  EXPECT_EQ(full.series.rows(), 10000);
  EXPECT_GE(calls, 3);
  EXPECT_EQ(lastDone, static_cast<int64_t>(text.size()));

  options.progress = [](int64_t, int64_t) { return false; };
  const CsvResult cancelled = parseWith(text, options);
  EXPECT_TRUE(cancelled.cancelled);
  EXPECT_TRUE(cancelled.series.empty());
}

TEST(CsvReader, ReadFileNamesTheFile) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("lstmviz_csv_test_" +
                     std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".csv");
  {
    std::ofstream out(path);
    out << "a,b\n1,2\n3,zz\n";
  }
  try {
    CsvReader().readFile(path.string());
    ADD_FAILURE() << "expected a FileError";
  } catch (const FileError& e) {
    EXPECT_EQ(std::string(e.what()),
              path.string() + ": line 3, column 2 ('b'): 'zz' is not a number");
  }
  std::filesystem::remove(path);
  EXPECT_THROW(CsvReader().readFile(path.string()), FileError);
}

TEST(CsvReader, EmptyFileAndHeaderOnlyFileAreErrors) {
  EXPECT_NE(errorOf("").find("no rows"), std::string::npos);
  EXPECT_NE(errorOf("\n\n").find("no rows"), std::string::npos);
  EXPECT_NE(errorOf("a,b\n").find("no data rows"), std::string::npos);
}

TEST(MissingValuePolicy, NamesRoundTrip) {
  for (MissingValuePolicy p : {MissingValuePolicy::kError, MissingValuePolicy::kPrevious,
                               MissingValuePolicy::kInterpolate, MissingValuePolicy::kMean}) {
    EXPECT_EQ(parseMissingValuePolicy(missingValuePolicyName(p)), p);
  }
  EXPECT_THROW(parseMissingValuePolicy("zero"), Error);
}

}  // namespace
}  // namespace lstmviz::core

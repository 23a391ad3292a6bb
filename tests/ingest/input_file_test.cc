#include "ingest/input_file.h"

#include <unistd.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace wirefacts {
namespace {

namespace fs = std::filesystem;

fs::path TempDir() {
  fs::path dir = fs::temp_directory_path() / ("wf_input_file_test_" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir;
}

std::string Slurp(InputFile& f) {
  return std::string(std::istreambuf_iterator<char>(f.stream()), {});
}

TEST_CASE("InputFile reads plain and gzip files alike, whatever their name", "[ingest][input]") {
  const fs::path dir = TempDir();
  std::string content;
  for (int i = 0; i < 20000; ++i) content += "line " + std::to_string(i) + "\n";

  const std::string plain = (dir / "plain.txt").string();
  std::ofstream(plain, std::ios::binary) << content;
  const std::string gz = (dir / "looks-plain.txt").string();  // gzip, misleading name
  gzFile out = gzopen(gz.c_str(), "wb");
  REQUIRE(out != nullptr);
  REQUIRE(gzwrite(out, content.data(), static_cast<unsigned>(content.size())) ==
          static_cast<int>(content.size()));
  gzclose(out);

  for (const std::string& path : {plain, gz}) {
    INFO(path);
    std::unique_ptr<InputFile> f;
    REQUIRE(InputFile::Open(path, &f).ok());
    CHECK(Slurp(*f) == content);
    CHECK(f->status().ok());
  }

  // A truncated gzip stream is a read error, not a silent short read.
  std::string bytes;
  {
    std::ifstream in(gz, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::string cut = (dir / "cut.gz").string();
  std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  std::unique_ptr<InputFile> f;
  REQUIRE(InputFile::Open(cut, &f).ok());
  Slurp(*f);
  CHECK(f->status().code() == Status::Code::kIOError);
  CHECK(f->status().message().rfind(cut + ": cannot read: ", 0) == 0);

  Status missing = InputFile::Open((dir / "nope").string(), &f);
  CHECK(missing.code() == Status::Code::kNotFound);
  CHECK(missing.message().find("nope: cannot open: ") != std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace wirefacts

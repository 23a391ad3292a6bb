// Replay driver for fuzz targets built without libFuzzer (g++): runs
// LLVMFuzzerTestOneInput over every file of the corpus folders given on the
// command line, then over `--mutations N` deterministic pseudo-random
// mutations of each (bit flips, byte insertions and deletions, splices of
// two inputs, figure-shaped tokens), stopping early after `--seconds S`.
// The inserted tokens are built-in (money and percent figures) unless
// `--dict FILE` names a libFuzzer dictionary (one `"token"` or
// `name="token"` a line, `\\`, `\"` and `\xNN` escapes, `#` comments), so one
// file steers both the replay driver and libFuzzer's -dict=.
// Exit status 0 when every input ran (an invariant failure aborts).
//
// usage: <target>_replay [--mutations N] [--seconds S] [--seed K] [--dict FILE] DIR...
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

int Run(const std::string& s) {
  return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

// Tokens that steer mutations towards the figure grammar (the default).
const char* const kTokens[] = {
    "$",
    "US$",
    "C$",
    "%",
    " percent",
    " per cent",
    " pct",
    " point",
    " bp",
    " basis points",
    " percentage points",
    " billion",
    " mln",
    " dlrs",
    "more than ",
    "between ",
    " and ",
    " to ",
    "-",
    "–",
    "half a ",
    "a quarter of a ",
    "fell ",
    "down ",
    "1,234.5",
    "0.25",
    "twenty-five",
    "€",
    "¥",
    "\xE2\x80\x94",
    "1/2",
    " of ",
    "9999999999999999999999",
    ".5",
    "e308",
    "\n",
};

// Reads a libFuzzer dictionary; false when the file cannot be read or a
// line is malformed (its number in *bad_line).
bool ReadDictionary(const std::string& path, std::vector<std::string>* tokens, int* bad_line) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    const size_t open = line.find('"'), close = line.rfind('"');
    if (open == std::string::npos || close <= open) {
      *bad_line = n;
      return false;
    }
    std::string t;
    for (size_t i = open + 1; i < close; ++i) {
      if (line[i] != '\\' || i + 1 >= close) {
        t += line[i];
      } else if (line[i + 1] == 'x' && i + 3 < close) {
        t += static_cast<char>(std::strtol(line.substr(i + 2, 2).c_str(), nullptr, 16));
        i += 3;
      } else {
        t += line[++i];
      }
    }
    tokens->push_back(t);
  }
  return true;
}

std::string Mutate(const std::string& in, const std::vector<std::string>& all,
                   const std::vector<std::string>& tokens, std::mt19937& rng) {
  std::string s = in;
  const int steps = 1 + static_cast<int>(rng() % 4);
  for (int k = 0; k < steps; ++k) {
    const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 6) {
      case 0:  // flip a bit
        if (!s.empty()) s[rng() % s.size()] ^= static_cast<char>(1u << (rng() % 8));
        break;
      case 1:  // insert a random byte
        s.insert(s.begin() + pos, static_cast<char>(rng() % 256));
        break;
      case 2:  // delete a run
        if (!s.empty()) s.erase(rng() % s.size(), 1 + rng() % 8);
        break;
      case 3:  // insert a token
        s.insert(pos, tokens[rng() % tokens.size()]);
        break;
      case 4: {  // splice another input
        const std::string& o = all[rng() % all.size()];
        if (!o.empty()) {
          const size_t b = rng() % o.size();
          s.insert(pos, o.substr(b, 1 + rng() % 40));
        }
        break;
      }
      default:  // duplicate a run
        if (!s.empty()) {
          const size_t b = rng() % s.size();
          s.insert(pos, s.substr(b, 1 + rng() % 16));
        }
        break;
    }
  }
  if (s.size() > 4096) s.resize(4096);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  long mutations = 200;
  double seconds = 60;
  unsigned seed = 4;
  std::vector<std::string> dirs;
  std::vector<std::string> tokens(std::begin(kTokens), std::end(kTokens));
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--mutations" && i + 1 < argc) {
      mutations = std::atol(argv[++i]);
    } else if (a == "--seconds" && i + 1 < argc) {
      seconds = std::atof(argv[++i]);
    } else if (a == "--seed" && i + 1 < argc) {
      seed = static_cast<unsigned>(std::atol(argv[++i]));
    } else if (a == "--dict" && i + 1 < argc) {
      tokens.clear();
      int bad = 0;
      if (!ReadDictionary(argv[++i], &tokens, &bad) || tokens.empty()) {
        std::fprintf(stderr, "cannot read dictionary %s (line %d)\n", argv[i], bad);
        return 2;
      }
    } else {
      dirs.push_back(a);
    }
  }
  std::vector<std::string> inputs;
  for (const std::string& d : dirs) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(d, ec))
      if (e.is_regular_file()) files.push_back(e.path());
    if (ec) {
      std::fprintf(stderr, "cannot read %s: %s\n", d.c_str(), ec.message().c_str());
      return 2;
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "no corpus files\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  long runs = 0;
  for (const std::string& s : inputs) {
    Run(s);
    ++runs;
  }
  std::mt19937 rng(seed);
  bool out_of_time = false;
  for (long m = 0; m < mutations && !out_of_time; ++m) {
    for (const std::string& s : inputs) {
      Run(Mutate(s, inputs, tokens, rng));
      ++runs;
      if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() >
          seconds) {
        out_of_time = true;
        break;
      }
    }
  }
  std::printf("%zu corpus inputs, %ld runs%s\n", inputs.size(), runs,
              out_of_time ? " (time limit reached)" : "");
  return 0;
}

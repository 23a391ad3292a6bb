// The `wirefacts` subcommands (DESIGN.md, "Command line"). Each returns the
// process exit status: 0 success, 1 some inputs rejected (the rest done),
// 2 bad usage or a failure that stopped the command.
#ifndef WIREFACTS_CLI_COMMANDS_H_
#define WIREFACTS_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace wirefacts {

struct CommonOptions {
  std::string db = "wirefacts.db";
  std::string rules;  // overlay folder of extra rules ("" = built-in only)
  std::string format = "table";
};

struct InputOptions {
  std::vector<std::string> paths;
  std::string source, published, uri, format = "auto";
  bool json = false;
  bool strict = false;
  bool quiet = false;
  std::vector<std::string> include, exclude;  // ingest: folder file globs (fnmatch)
  int threads = 0;  // ingest: analysis threads, 0 = one per core (at most 8)
  int batch = 64;   // stories analysed together (Analyzer::AnalyzeBatch); 1 = one by one
};

struct ClaimQuery {
  std::string kind, story, actor, search;
  bool include_superseded = false;
  long limit = -1;
};

struct RelationQuery {
  std::string kind, actor, source, since, until;
  bool independent_only = false;
  long id = 0;
  long limit = -1;
};

int RunIngest(const CommonOptions& common, const InputOptions& input);
int RunExtract(const CommonOptions& common, const InputOptions& input);
int RunStories(const CommonOptions& common);
int RunClaims(const CommonOptions& common, const ClaimQuery& query);
int RunActors(const CommonOptions& common);
int RunRelations(const CommonOptions& common, const RelationQuery& query);

}  // namespace wirefacts

#endif  // WIREFACTS_CLI_COMMANDS_H_

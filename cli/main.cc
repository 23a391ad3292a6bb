// wirefacts: the command line. Parses options (CLI11) and hands over to
// cli/commands.cc; no logic of its own.
#include <CLI/CLI.hpp>
#include <cstdlib>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace wirefacts;
  CLI::App app{
      "wirefacts: extract the figures in wire stories as claims, store them in SQLite, and flag "
      "the ones that corroborate, refine or conflict with each other."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "wirefacts 0.1.0");

  CommonOptions common;
  if (const char* rules = std::getenv("WIREFACTS_RULES")) common.rules = rules;
  auto add_db = [&](CLI::App* cmd) {
    cmd->add_option("--db", common.db, "SQLite database file (created on first use)")
        ->capture_default_str();
  };
  auto add_rules = [&](CLI::App* cmd) {
    cmd->add_option("--rules", common.rules,
                    "Folder of extra rule files, added to the built-in ones "
                    "(same names as extractors/rules/..., default $WIREFACTS_RULES)");
  };
  auto add_format = [&](CLI::App* cmd) {
    cmd->add_option("--format", common.format, "Output: table, json, ndjson or csv")
        ->check(CLI::IsMember({"table", "json", "ndjson", "csv"}))
        ->capture_default_str();
  };

  InputOptions input;
  auto add_input = [&](CLI::App* cmd) {
    cmd->add_option("--source", input.source, "Outlet of stories that do not name one");
    cmd->add_option("--published", input.published,
                    "Publication date (YYYY-MM-DD or ISO date-time) of stories that give none");
    cmd->add_option("--uri", input.uri, "URI of a single input story (default: its path)");
    cmd->add_option("--format", input.format, "Input format")
        ->check(CLI::IsMember({"auto", "text", "ninjs", "ndjson"}))
        ->capture_default_str();
    cmd->add_option("PATH", input.paths, "Files, folders, or - for standard input");
    cmd->add_option("--batch", input.batch,
                    "Stories analysed together, which is faster; a story may wait for the "
                    "next ones before it is stored or printed (not with ingest --threads 2 or "
                    "more), so give 1 to follow a live feed story by story")
        ->check(CLI::Range(1, 4096))
        ->capture_default_str();
    add_rules(cmd);
  };

  CLI::App* ingest = app.add_subcommand("ingest", "Store stories, their claims and relations");
  add_db(ingest);
  add_input(ingest);
  ingest->add_flag("--json", input.json, "Print a machine-readable summary");
  ingest->add_flag("--strict", input.strict, "Stop at the first rejected story");
  ingest->add_flag("-q,--quiet", input.quiet, "Print errors only (no progress line, no summary)");
  ingest
      ->add_option("--threads", input.threads,
                   "Threads analysing stories (one writes, in input order); 0 = one per core, "
                   "at most 8")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  ingest
      ->add_option("--include", input.include,
                   "In folders, read only files matching this glob (fnmatch; repeatable; "
                   "a glob with '/' matches the path below the folder)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  ingest
      ->add_option("--exclude", input.exclude,
                   "In folders, skip files and sub-folders matching this glob (repeatable)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  ingest->callback([&] {
    if (input.paths.empty()) throw CLI::ValidationError("PATH", "give at least one path, or -");
    if (!input.uri.empty() && input.paths.size() > 1)
      throw CLI::ValidationError("--uri", "names one story: give a single PATH with it");
  });

  CLI::App* extract = app.add_subcommand(
      "extract", "Print the claims and actor mentions of stories as JSON (no database)");
  add_input(extract);

  CLI::App* stories = app.add_subcommand("stories", "List stored stories");
  add_db(stories);
  add_format(stories);

  ClaimQuery query;
  CLI::App* claims = app.add_subcommand("claims", "List stored claims");
  add_db(claims);
  add_format(claims);
  claims->add_option("--kind", query.kind, "money, percent, date, duration or set")
      ->check(CLI::IsMember({"money", "percent", "date", "duration", "set"}));
  claims->add_option("--story", query.story, "Only claims of the story with this URI");
  claims->add_option("--actor", query.actor,
                     "Only claims naming this actor or credited to it (any alias; an "
                     "organisation also without its legal form: Inc, Ltd, AG ...)");
  claims->add_option("--search", query.search, "Full-text search over the claims' sentences");
  claims->add_flag("--all", query.include_superseded,
                   "Include claims of superseded versions and of retracted (canceled) stories");
  claims->add_option("--limit", query.limit, "At most this many claims");

  CLI::App* actors = app.add_subcommand("actors", "List canonical actors with their aliases");
  add_db(actors);
  add_format(actors);

  RelationQuery relation_query;
  CLI::App* relations = app.add_subcommand(
      "relations", "List claims that corroborate, refine or conflict with each other");
  add_db(relations);
  add_format(relations);
  relations->add_option("--kind", relation_query.kind, "corroborates, refines or conflicts")
      ->check(CLI::IsMember({"corroborates", "refines", "conflicts"}));
  relations->add_option("--actor", relation_query.actor,
                        "Only relations where a claim names this actor or is credited to it "
                        "(any alias; an organisation also without its legal form)");
  relations->add_option("--source", relation_query.source,
                        "Only relations where a claim comes from this outlet");
  relations->add_option("--since", relation_query.since,
                        "Only relations where a claim's period ends on or after this date "
                        "(YYYY, YYYY-MM or YYYY-MM-DD)");
  relations->add_option("--until", relation_query.until,
                        "Only relations where a claim's period starts on or before this date");
  relations->add_flag("--independent", relation_query.independent_only,
                      "Only relations between independent sources");
  relations->add_option("--id", relation_query.id,
                        "Show one relation, both sentences with the figures marked");
  relations->add_option("--limit", relation_query.limit, "At most this many relations");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  if (*ingest) return RunIngest(common, input);
  if (*extract) return RunExtract(common, input);
  if (*stories) return RunStories(common);
  if (*claims) return RunClaims(common, query);
  if (*actors) return RunActors(common);
  if (*relations) return RunRelations(common, relation_query);
  return 2;
}

// Actor suites (issue 6): named-entity mentions of CoNLL-2003 (dev) and
// MEANTIME (dev), and same-actor links across MEANTIME documents. See
// eval/README.md ("Actors") for how each corpus's conventions are scored.
//
// System output is AnalyzedStory::mentions: person -> PER, organization ->
// ORG, country and place -> LOC. Demonym mentions ("Chinese", "West
// Indian") are adjectives, not names of places: they are left out of the
// scored output (CoNLL tags them MISC, MEANTIME does not tag them as
// names).
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "eval/suite.h"
#include "store/claim_store.h"
#include "store/sqlite_db.h"

namespace wirefacts {
namespace {

std::string TypeOf(const Mention& m) {
  switch (m.kind) {
    case ActorKind::kPerson:
      return "PER";
    case ActorKind::kOrganization:
      return "ORG";
    case ActorKind::kCountry:
    case ActorKind::kPlace:
      return "LOC";
  }
  return "LOC";
}

std::string Lower(std::string s) {
  for (char& c : s) c = std::tolower(static_cast<unsigned char>(c));
  return s;
}

bool Overlaps(size_t a0, size_t a1, size_t b0, size_t b1) {
  return std::max(a0, b0) < std::min(a1, b1);
}

const char* kTypes[] = {"PER", "ORG", "LOC"};

// Typed scoring: spans are compared only with spans of the same type, so an
// exact match needs the same start, end and type (the CoNLL measure).
struct TypedScore {
  std::map<std::string, SuiteReport> per_type;  // scratch reports by type

  void Add(const std::string& doc, const std::vector<Span>& gold,
           const std::vector<std::string>& gold_types, const std::vector<Span>& system,
           const std::vector<std::string>& system_types) {
    for (const char* t : kTypes) {
      std::vector<Span> g, s;
      for (size_t i = 0; i < gold.size(); ++i)
        if (gold_types[i] == t) g.push_back(gold[i]);
      for (size_t i = 0; i < system.size(); ++i)
        if (system_types[i] == t) s.push_back(system[i]);
      ScoreDocument(doc, g, s, nullptr, nullptr, &per_type[t]);
    }
  }

  // Adds typed_exact_{precision,recall,f1}, typed_overlap_f1 and
  // <TYPE>_f1 (typed exact) to `report`.
  void Report(SuiteReport* report) const {
    SpanCounts sum;
    std::vector<std::pair<std::string, double>> by_type;
    for (const char* t : kTypes) {
      auto it = per_type.find(t);
      if (it == per_type.end()) continue;
      const SpanCounts& c = it->second.counts;
      sum.gold += c.gold, sum.system += c.system;
      sum.gold_exact += c.gold_exact, sum.system_exact += c.system_exact;
      sum.gold_overlap += c.gold_overlap, sum.system_overlap += c.system_overlap;
      by_type.push_back({std::string(t) + "_f1", c.Exact().f1});
      by_type.push_back({std::string(t) + "_precision", c.Exact().precision});
      by_type.push_back({std::string(t) + "_recall", c.Exact().recall});
    }
    report->extra.push_back({"typed_exact_precision", sum.Exact().precision});
    report->extra.push_back({"typed_exact_recall", sum.Exact().recall});
    report->extra.push_back({"typed_exact_f1", sum.Exact().f1});
    report->extra.push_back({"typed_overlap_f1", sum.Overlap().f1});
    for (auto& p : by_type) report->extra.push_back(p);
  }
};

// The published date of a CoNLL document: the dateline (second line,
// "LONDON 1996-08-30"), else a fixed date of the corpus's year.
std::string ConllPublished(const std::string& text) {
  size_t nl = text.find('\n');
  if (nl != std::string::npos) {
    size_t e = text.find('\n', nl + 1);
    std::string line = text.substr(nl + 1, e == std::string::npos ? std::string::npos : e - nl - 1);
    for (size_t i = 0; i + 10 <= line.size(); ++i) {
      bool ok = true;
      for (size_t k = 0; k < 10 && ok; ++k) {
        char c = line[i + k];
        ok = (k == 4 || k == 7) ? c == '-' : std::isdigit(static_cast<unsigned char>(c)) != 0;
      }
      if (ok) return line.substr(i, 10);
    }
  }
  return "1996-08-30";
}

struct SystemMention {
  Span span;
  std::string type;
  std::string actor;
};

// Mentions of `story` as scored spans before `limit` (demonyms only when
// `demonyms`).
std::vector<SystemMention> SystemMentions(const AnalyzedStory& story, size_t limit, bool demonyms) {
  std::vector<SystemMention> out;
  for (const Mention& m : story.mentions) {
    if ((m.form == MentionForm::kDemonym && !demonyms) || m.form == MentionForm::kPronoun ||
        m.form == MentionForm::kTitle)
      continue;
    if (m.source_start >= limit) continue;
    SystemMention s;
    s.span.start = m.source_start;
    s.span.end = m.source_end;
    s.type = TypeOf(m);
    s.actor = m.actor;
    s.span.label = "'" + m.text + "' " + s.type + " -> " + m.actor;
    out.push_back(std::move(s));
  }
  return out;
}

Status EvalConll(const EvalContext& ctx, std::vector<SuiteReport>* reports) {
  SuiteReport report;
  report.name = "actors/conll2003-dev";
  report.notes =
      "CoNLL-2003 dev (testa), PER/ORG/LOC. System person -> PER, organization -> ORG, country and "
      "place -> LOC; demonym mentions are not scored. A system mention that overlaps no "
      "PER/ORG/LOC "
      "gold span but overlaps a MISC gold span ('Euro 96', 'Dutch Open') is left out (neither TP "
      "nor FP): MISC is not an actor kind. The span lines above are untyped; the bar is "
      "typed_exact_f1 (same start, end and type, the CoNLL measure), per-type F1 follow. The "
      "published date is the dateline's (line 2).";
  report.has_values = false;
  report.has_types = true;
  report.bars = {{"typed_exact_f1", 0.80}};
  TypedScore typed;
  int misc_gold = 0, misc_hit = 0, neutral = 0;
  std::string file = ctx.shared_dir + "/eval/conll2003/dev.jsonl";
  Status st = ForEachJsonLine(file, [&](int, const nlohmann::json& d) -> Status {
    std::string text = d["text"].get<std::string>();
    std::string doc = "conll-" + std::to_string(d["doc"].get<int>());
    std::vector<Span> gold, misc;
    std::vector<std::string> gold_types;
    for (const auto& e : d["entities"]) {
      Span s;
      s.start = e["start"].get<size_t>();
      s.end = e["end"].get<size_t>();
      std::string type = JsonString(e, "type");
      s.label = "'" + JsonString(e, "text") + "' " + type;
      if (type == "MISC") {
        misc.push_back(s);
        continue;
      }
      gold.push_back(s);
      gold_types.push_back(type);
    }
    misc_gold += misc.size();
    AnalyzedStory story;
    std::vector<Span> system;
    std::vector<std::string> system_types;
    if (AnalyzeText(ctx, text, ConllPublished(text), &story).ok()) {
      for (SystemMention& m : SystemMentions(story, static_cast<size_t>(-1), /*demonyms=*/false)) {
        bool hits_gold = false, hits_misc = false;
        for (const Span& g : gold)
          hits_gold = hits_gold || Overlaps(g.start, g.end, m.span.start, m.span.end);
        for (const Span& g : misc)
          hits_misc = hits_misc || Overlaps(g.start, g.end, m.span.start, m.span.end);
        if (!hits_gold && hits_misc) {
          ++neutral;
          continue;
        }
        system.push_back(m.span);
        system_types.push_back(m.type);
      }
    }
    for (const Span& g : misc)
      for (const Mention& m : story.mentions)
        if (m.form != MentionForm::kDemonym && m.source_start == g.start && m.source_end == g.end)
          ++misc_hit;
    std::string label = doc + " «" + text.substr(0, std::min<size_t>(text.find('\n'), 50)) + "»";
    ScoreDocument(
        label, gold, system, nullptr,
        [&](size_t g, size_t s) { return gold_types[g] == system_types[s]; }, &report);
    typed.Add(label, gold, gold_types, system, system_types);
    return Status::OK();
  });
  WF_RETURN_IF_ERROR(st);
  typed.Report(&report);
  report.extra.push_back({"misc_gold", double(misc_gold)});
  report.extra.push_back({"misc_exact_found", double(misc_hit)});
  report.extra.push_back({"misc_neutral_system", double(neutral)});
  reports->push_back(std::move(report));
  return Status::OK();
}

// MEANTIME gold names of one document (in the annotated part).
struct MeantimeGold {
  std::vector<Span> spans;
  std::vector<std::string> types;
  std::vector<std::string> instances;  // cross-document instance, or doc:entity
  std::vector<Span> neutral_exact;     // other annotated mentions (any span)
  std::vector<Span> neutral_within;    // names of other types (PRO, FIN)
};

MeantimeGold ReadMeantimeGold(const nlohmann::json& d, const std::string& doc, size_t limit) {
  MeantimeGold g;
  for (const auto& e : d["entities"]) {
    Span s;
    s.start = e["start"].get<size_t>();
    s.end = e["end"].get<size_t>();
    if (s.start >= limit) continue;
    std::string type = JsonString(e, "type");
    std::string syn = JsonString(e, "syntactic_type");
    bool name = syn == "NAM" || syn == "PRE.NAM";
    bool actor_type = type == "PER" || type == "ORG" || type == "LOC";
    s.label = "'" + JsonString(e, "text") + "' " + type + " " + syn;
    if (name && actor_type) {
      std::string inst = JsonString(e, "instance");
      if (inst.empty()) inst = doc + ":" + JsonString(e, "entity_id");
      s.label += " " + inst;
      g.spans.push_back(s);
      g.types.push_back(type);
      g.instances.push_back(inst);
    } else if (name) {
      g.neutral_within.push_back(s);
    } else {
      g.neutral_exact.push_back(s);
    }
  }
  return g;
}

Status EvalMeantime(const EvalContext& ctx, std::vector<SuiteReport>* reports) {
  SuiteReport report;
  report.name = "actors/meantime-dev";
  report.notes =
      "MEANTIME dev entity mentions with syntactic_type NAM or PRE.NAM of type PER/ORG/LOC, in the "
      "annotated part (headline, dateline, first four sentences); system mentions after it are "
      "ignored. A system mention that overlaps no such gold name but equals another annotated "
      "mention (a NOM, or one added in cross-document annotation with no syntactic type) or lies "
      "inside a name of another type (PRO 'Airbus A380', FIN) is left out. MEANTIME extents are "
      "whole noun phrases ('the United States', 'aircraft manufacturer Boeing', 'U.S. President "
      "Barack Obama'): a system name inside one that ends where it ends counts as exact. MEANTIME "
      "tags demonyms as LOC names (PRE.NAM 'American'), so demonym mentions are scored here as "
      "LOC. Bar: typed exact F1 (same span and type); untyped exact and overlap lines above.";
  report.has_values = false;
  report.has_types = true;
  report.bars = {{"typed_exact_f1", 0.75}};
  SuiteReport links;
  links.name = "actors/meantime-links";
  links.notes =
      "Same-actor links: every pair of gold PER/ORG/LOC names (NAM, PRE.NAM, annotated part) that "
      "a system mention finds exactly (as in actors/meantime-dev), within and across documents. "
      "Gold says same when the mentions share a cross-document instance; a mention with none is a "
      "document entity, compared only within its document. The system says same when the canonical "
      "actor names are equal "
      "ignoring case. link_precision = both same / system same, link_recall = both same / gold "
      "same. The span lines count gold names and those found.";
  links.has_values = false;
  links.has_types = false;
  links.bars = {{"link_precision", 0.95}, {"link_recall", 0.70}};
  SuiteReport store_links;
  store_links.name = "actors/meantime-store-links";
  store_links.notes =
      "The same pairs as actors/meantime-links, but the system says same when the mentions are "
      "filed under one actor by the store: every document is stored, in file order, in one "
      "fresh database (ClaimStore, no reconciliation), whose merging of actors across stories "
      "(alias, surname, legal forms: store/README.md) is what `wirefacts actors` and "
      "`claims --actor` show. Bars as for actors/meantime-links.";
  store_links.has_values = false;
  store_links.has_types = false;
  store_links.bars = links.bars;
  // The store the documents go into, removed at the end.
  const std::string db_path = (std::filesystem::temp_directory_path() /
                               ("wirefacts-eval-links-" + std::to_string(getpid()) + ".db"))
                                  .string();
  auto remove_db = [&] {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + suffix);
  };
  remove_db();
  std::unique_ptr<ClaimStore> store;
  WF_RETURN_IF_ERROR(ClaimStore::Open(db_path, &store));
  TypedScore typed;
  struct Linked {
    std::string instance, doc, actor, label;
    int64_t story_id = 0;
    size_t source_start = 0, source_end = 0;  // of the system mention
  };
  std::vector<Linked> linked;
  int gold_names = 0;
  std::string file = ctx.shared_dir + "/eval/meantime/dev.jsonl";
  Status st = ForEachJsonLine(file, [&](int, const nlohmann::json& d) -> Status {
    std::string text = d["text"].get<std::string>();
    std::string doc = JsonString(d, "doc");
    size_t limit = MeantimeAnnotatedEnd(text);
    MeantimeGold g = ReadMeantimeGold(d, doc, limit);
    gold_names += g.spans.size();
    AnalyzedStory story;
    std::vector<SystemMention> sys;
    int64_t story_id = 0;
    if (AnalyzeText(ctx, text, JsonString(d, "dct"), &story).ok()) {
      story.story.source = "MEANTIME";
      story.story.uri = doc;
      StoreResult stored;
      WF_RETURN_IF_ERROR(store->StoreStory(story, nullptr, &stored).WithContext(doc));
      story_id = stored.story_id;
      for (SystemMention& m : SystemMentions(story, limit, /*demonyms=*/true)) {
        bool hits_gold = false, neutral = false;
        for (const Span& s : g.spans)
          hits_gold = hits_gold || Overlaps(s.start, s.end, m.span.start, m.span.end);
        for (const Span& s : g.neutral_exact)
          neutral = neutral || (s.start == m.span.start && s.end == m.span.end);
        for (const Span& s : g.neutral_within)
          neutral = neutral || (s.start <= m.span.start && m.span.end <= s.end);
        if (!hits_gold && neutral) continue;
        sys.push_back(std::move(m));
      }
    }
    std::vector<Span> system;
    std::vector<std::string> system_types;
    for (const SystemMention& m : sys) {
      system.push_back(m.span);
      system_types.push_back(m.type);
    }
    // A gold mention is a whole noun phrase ("the United States", "aircraft
    // manufacturer Boeing", "U.S. President Barack Obama"): a system name
    // that ends where it ends and starts at a later word counts as exact.
    std::vector<int> head_of(g.spans.size(), -1);
    for (size_t a = 0; a < g.spans.size(); ++a) {
      Span& gs = g.spans[a];
      for (size_t b = 0; b < sys.size(); ++b) {
        const Span& ss = sys[b].span;
        if (ss.start == gs.start && ss.end == gs.end) {
          head_of[a] = static_cast<int>(b);
          break;
        }
        if (ss.end != gs.end || ss.start <= gs.start) continue;
        if (head_of[a] >= 0 && sys[head_of[a]].span.start <= ss.start) continue;
        head_of[a] = static_cast<int>(b);
        gs.alt_start = ss.start;
        gs.alt_end = ss.end;
      }
    }
    ScoreDocument(
        doc, g.spans, system, nullptr,
        [&](size_t a, size_t b) { return g.types[a] == system_types[b]; }, &report);
    typed.Add(doc, g.spans, g.types, system, system_types);
    // Links: each gold name found exactly (or as the head part) to the
    // system mention that found it.
    for (size_t a = 0; a < g.spans.size(); ++a) {
      if (head_of[a] < 0) continue;
      const SystemMention& m = sys[head_of[a]];
      linked.push_back({g.instances[a], doc, Lower(m.actor),
                        doc + ": " + g.spans[a].label + "  system " + m.span.label, story_id,
                        m.span.start, m.span.end});
    }
    return Status::OK();
  });
  if (!st.ok()) remove_db();
  WF_RETURN_IF_ERROR(st);
  typed.Report(&report);
  reports->push_back(std::move(report));

  // The store's actor of each linked mention (its stored mention row).
  std::vector<std::string> stored_actor(linked.size());
  {
    std::unique_ptr<SqliteDb> db;
    Status s = SqliteDb::Open(db_path, &db);
    SqliteStmt* q = nullptr;
    if (s.ok())
      s = db->Prepare(
          "SELECT actor_id FROM mentions"
          " WHERE story_id = ? AND source_start = ? AND source_end = ?",
          &q);
    for (size_t i = 0; s.ok() && i < linked.size(); ++i) {
      const Linked& l = linked[i];
      s = q->ForEachRowWith([&] { stored_actor[i] = std::to_string(q->Int(0)); }, l.story_id,
                            static_cast<int64_t>(l.source_start),
                            static_cast<int64_t>(l.source_end));
      // A mention the store did not keep is an actor of its own.
      if (stored_actor[i].empty()) stored_actor[i] = "unstored:" + std::to_string(i);
    }
    store.reset();
    db.reset();
    remove_db();
    WF_RETURN_IF_ERROR(s);
  }

  // Pairs of linked names scored with `same(a, b)` as the system's answer.
  auto score_pairs = [&](SuiteReport* out, const std::function<bool(size_t, size_t)>& same) {
    long both = 0, gold_same = 0, sys_same = 0;
    std::map<std::pair<std::string, std::string>, int> split, merged;  // examples
    for (size_t a = 0; a < linked.size(); ++a) {
      for (size_t b = a + 1; b < linked.size(); ++b) {
        // A document entity (no cross-document instance) is only compared
        // within its document: the corpus says nothing of it elsewhere.
        bool local = linked[a].instance.rfind(linked[a].doc + ":", 0) == 0 ||
                     linked[b].instance.rfind(linked[b].doc + ":", 0) == 0;
        if (local && linked[a].doc != linked[b].doc) continue;
        bool gs = linked[a].instance == linked[b].instance;
        bool ss = same(a, b);
        gold_same += gs, sys_same += ss, both += gs && ss;
        if (gs && !ss) ++split[{linked[a].label, linked[b].label}];
        if (ss && !gs) ++merged[{linked[a].label, linked[b].label}];
      }
    }
    out->counts.gold = gold_names;
    out->counts.system = static_cast<int>(linked.size());
    out->counts.gold_overlap = out->counts.system_overlap = static_cast<int>(linked.size());
    out->extra.push_back({"gold_same_pairs", double(gold_same)});
    out->extra.push_back({"system_same_pairs", double(sys_same)});
    out->extra.push_back({"link_precision", sys_same ? double(both) / sys_same : 0});
    out->extra.push_back({"link_recall", gold_same ? double(both) / gold_same : 0});
    // Distinct wrong links, one line per pair of actor/instance names.
    std::set<std::string> seen;
    for (const auto& [p, n] : split) {
      (void)n;
      std::string line = "split: " + p.first + "  |  " + p.second;
      if (seen.insert(line).second) out->misses.push_back(line);
    }
    for (const auto& [p, n] : merged) {
      (void)n;
      std::string line = "merged: " + p.first + "  |  " + p.second;
      if (seen.insert(line).second) out->false_alarms.push_back(line);
    }
  };
  score_pairs(&links, [&](size_t a, size_t b) { return linked[a].actor == linked[b].actor; });
  reports->push_back(std::move(links));
  score_pairs(&store_links, [&](size_t a, size_t b) { return stored_actor[a] == stored_actor[b]; });
  reports->push_back(std::move(store_links));
  return Status::OK();
}

}  // namespace

Status EvalActorSuites(const EvalContext& ctx, std::vector<SuiteReport>* reports) {
  WF_RETURN_IF_ERROR(EvalConll(ctx, reports));
  return EvalMeantime(ctx, reports);
}

}  // namespace wirefacts

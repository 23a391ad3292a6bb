#include "store/claim_store.h"

#include <cmath>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <charconv>
#include <chrono>
#include <limits>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>
#include <utility>

#include "base/rule_files.h"
#include "base/spool.h"
#include "base/utf8.h"
#include "store/actor_match.h"
#include "store/legal_forms.h"
#include "store/migrations.h"
#include "store/reissue.h"
#include "store/sqlite_db.h"

namespace wirefacts {
namespace {

// 64-bit FNV-1a of the stored body, as 16 hex digits.
std::string BodyHash(std::string_view body) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : body) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xf];
  return out;
}

bool IsBlankBody(std::string_view body) {
  return std::all_of(body.begin(), body.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

// A version string that is a plain non-negative integer, else nullopt.
std::optional<int64_t> NumericVersion(const std::string& v) {
  if (v.empty()) return std::nullopt;
  int64_t n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size()) return std::nullopt;
  return n;
}

// The claims.unit column: the currency for money, "percent" or "points" for
// percentages, "" otherwise.
std::string UnitOf(const Claim& c) {
  switch (c.kind) {
    case ClaimKind::kMoney:
      return c.value.currency;
    case ClaimKind::kPercent:
      return c.value.points ? "points" : "percent";
    default:
      return "";
  }
}

// The blocking bucket of a money or percent value: its binary order of
// magnitude (floor(log2 |v|), signed), from the low bound or else the high
// one; NULL for other kinds. Figures within kCandidateValueFactor (2.5) of
// each other lie at most two buckets apart.
std::optional<int64_t> ValueBucket(const Value& v) {
  const std::optional<double>& x = v.low ? v.low : v.high;
  if (!x || *x == 0 || !std::isfinite(*x)) return std::nullopt;
  const int64_t magnitude = static_cast<int64_t>(std::floor(std::log2(std::fabs(*x))));
  return *x < 0 ? -magnitude - 10000 : magnitude;
}

// The page cache: 32 MiB (8 MiB while a streamed story is open).
constexpr char kCacheSizePragma[] = "PRAGMA cache_size = -32768";

// Sentences inserted by one INSERT statement at most (see WritePart).
constexpr size_t kSentenceRowsPerInsert = 32;

// The INSERT of `rows` sentences (1..kSentenceRowsPerInsert).
const std::string& SentenceInsert(size_t rows) {
  static const std::vector<std::string> kInserts = [] {
    std::vector<std::string> v(kSentenceRowsPerInsert + 1);
    std::string sql =
        "INSERT INTO sentences(story_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)";
    for (size_t r = 1; r <= kSentenceRowsPerInsert; ++r) {
      v[r] = sql;
      sql += ", (?, ?, ?, ?, ?)";
    }
    return v;
  }();
  return kInserts[rows];
}

bool IsFigure(ClaimKind kind) { return kind == ClaimKind::kMoney || kind == ClaimKind::kPercent; }

// The claim_blocks key of a claim (schema/003_claim_blocks.sql): figures by
// kind, unit, measure, aspect and value bucket; dates, durations and sets by
// kind alone. `blocked` false when the claim is never a candidate (a figure
// without a measure or a value).
struct BlockKey {
  bool blocked = false;
  std::string kind, unit, measure, aspect;
  int64_t bucket = 0;
};

BlockKey BlockKeyOf(const Claim& c) {
  BlockKey key;
  key.kind = ClaimKindName(c.kind);
  if (!IsFigure(c.kind)) {
    key.blocked = true;
    return key;
  }
  const std::optional<int64_t> bucket = ValueBucket(c.value);
  if (c.measure.empty() || !bucket) return key;
  key.blocked = true;
  key.unit = UnitOf(c);
  key.measure = c.measure;
  key.aspect = c.aspect;
  key.bucket = *bucket;
  return key;
}

// Whether a claim of `kind` is related through its actor of `actor_kind`:
// figures through any actor but a place, times through people.
bool BlocksThrough(ClaimKind kind, ActorKind actor_kind) {
  return IsFigure(kind) ? actor_kind != ActorKind::kPlace : actor_kind == ActorKind::kPerson;
}

// What the schema's CHECK constraints on claims.kind, actors.kind and
// relations.kind accept (see ClaimStore::Open): the name of a value of the
// enum, never "".
Status KnownKind(std::string_view name, std::string_view what) {
  if (!name.empty()) return Status::OK();
  return Status::InvalidInput(std::string(what) + " of no known kind");
}

std::string JoinEvents(const std::vector<std::string>& events) {
  std::string out;
  for (const std::string& e : events) {
    if (e.empty()) continue;
    if (!out.empty()) out += ' ';
    out += e;
  }
  return out;
}

std::string ActorMapKey(ActorKind kind, std::string_view name) {
  std::string key(ActorKindName(kind));
  key += '\t';
  key += AliasKey(name);
  return key;
}

// The one SELECT every claim is read through (LoadClaim).
constexpr char kSelectClaim[] =
    "SELECT c.id, c.story_id, c.sentence_idx, c.kind, c.text, c.start, c.end, c.source_start,"
    " c.source_end, c.unit, c.low, c.high, c.approx, c.resolution, c.currency_assumed, c.per,"
    " c.of, c.date_start, c.date_end, c.grain, c.timex, c.mod, c.time_start, c.time_end,"
    " c.time_grain, c.time_timex, c.time_mod, c.measure, c.aspect, c.events, c.superseded,"
    " s.uri, s.source, s.published, s.headline, se.text, a.claim_id, a.said_by, a.cue,"
    " a.cited_source, c.retracted"
    " FROM claims c JOIN stories s ON s.id = c.story_id"
    " LEFT JOIN sentences se ON se.story_id = c.story_id AND se.idx = c.sentence_idx"
    " LEFT JOIN attributions a ON a.claim_id = c.id"
    " WHERE c.id = ?";

}  // namespace

struct ClaimStore::Impl {
  std::unique_ptr<SqliteDb> db;
  ReissueMarkers reissue_markers;
  LegalForms legal_forms;
  std::unique_ptr<SqliteTransaction> batch;  // open between BeginBatch and CommitBatch

  // What is known of a story while it is written, part by part.
  struct StoryWrite {
    int64_t story_id = 0;
    bool canceled = false;
    StoryRef ref;
    std::unordered_map<std::string, int64_t> by_kind_name;  // ActorMapKey -> id
    std::unordered_map<std::string, int64_t> by_name;       // AliasKey -> id
    int sentence_base = 0;  // story index of the next part's first sentence
    size_t cp_shift = 0;    // code points of the stored body before the next part
    int claims = 0;
    int relations = 0;
  };
  // A story open between BeginStory and FinishStory. Declared after `batch`:
  // destroyed (rolled back) first.
  struct Stream {
    std::unique_ptr<SqliteSavepoint> savepoint;  // in a batch
    std::unique_ptr<SqliteTransaction> txn;      // outside one
    StoryWrite w;
    StoreResult result;
    Spool spool;       // the normalised body so far
    bool any = false;  // a segment was added
    Stream() = default;
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;
    SqliteDb* db = nullptr;  // restores the page cache size
    ~Stream() {
      if (db) db->Exec(kCacheSizePragma);
    }
  };
  std::unique_ptr<Stream> stream;
  // The story WritePart is writing and the id of its first claim (0: none
  // yet), for FindCandidates.
  int64_t writing_story = 0;
  int64_t writing_first_claim = 0;
  // The actors (id, kind) of each claim WritePart has just inserted, while
  // it reconciles them: what FindCandidates would read back from
  // claim_actors. Empty outside WritePart.
  std::unordered_map<int64_t, std::vector<std::pair<int64_t, ActorKind>>> fresh_actors;
  // The sentences rows of the open transaction are those with an id above
  // this (it holds the write lock); -1 until it inserts one. They are put in
  // sentences_fts in one statement before it commits (IndexSentences;
  // schema/006_sentence_index.sql). Reset as every transaction begins.
  int64_t fts_after = -1;

  // Before the first sentence of a transaction is inserted.
  Status NoteSentences() {
    if (fts_after >= 0) return Status::OK();
    return db->QueryInt("SELECT COALESCE(max(id), 0) FROM sentences", &fts_after);
  }

  // Indexes the transaction's sentences; call just before it commits.
  Status IndexSentences() {
    if (fts_after < 0) return Status::OK();
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(Stmt(
        "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > ?", &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(fts_after));
    WF_RETURN_IF_ERROR(st->Run());
    fts_after = -1;
    return Status::OK();
  }

  Status Stmt(const std::string& sql, SqliteStmt** out) { return db->Prepare(sql, out); }
  template <size_t N>
  Status Stmt(const char (&sql)[N], SqliteStmt** out) {
    return db->Prepare(sql, out);
  }

  // Collects the integer first column of every row of `stmt` (already bound).
  Status CollectIds(SqliteStmt* stmt, std::vector<int64_t>* ids) {
    WF_RETURN_IF_ERROR(stmt->ForEachRow([&] { ids->push_back(stmt->Int(0)); }));
    return Status::OK();
  }

  // --- Reading ----------------------------------------------------------------

  Status LoadRelays(int64_t story_id, std::vector<std::string>* out) {
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("SELECT outlet FROM story_relays WHERE story_id = ? ORDER BY rowid", &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(story_id));
    out->clear();
    WF_RETURN_IF_ERROR(st->ForEachRow([&] { out->push_back(st->Text(0)); }));
    return Status::OK();
  }

  // The one row-to-Claim path: every reader (ListClaims, ListRelations,
  // FindCandidates) loads claims by id through here. `actor_ids`, when
  // given, receives the ids of c->actors.
  Status LoadClaim(int64_t id, Claim* c, std::vector<int64_t>* actor_ids = nullptr) {
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(Stmt(kSelectClaim, &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(id));
    bool row = false;
    WF_RETURN_IF_ERROR(st->Step(&row));
    if (!row) return Status::NotFound(db->path() + ": no claim " + std::to_string(id));
    *c = Claim();
    c->id = st->Int(0);
    c->story.id = st->Int(1);
    c->sentence_index = static_cast<int>(st->Int(2));
    ParseClaimKind(st->Text(3), &c->kind);
    c->text = st->Text(4);
    c->start = static_cast<size_t>(st->Int(5));
    c->stop = static_cast<size_t>(st->Int(6));
    c->source_start = static_cast<size_t>(st->Int(7));
    c->source_end = static_cast<size_t>(st->Int(8));
    std::string unit = st->Text(9);
    Value& v = c->value;
    if (c->kind == ClaimKind::kMoney) v.currency = unit;
    if (c->kind == ClaimKind::kPercent) v.points = unit == "points";
    v.low = st->OptDouble(10);
    v.high = st->OptDouble(11);
    v.approx = st->Int(12) != 0;
    v.resolution = st->Double(13);
    v.currency_assumed = st->Int(14) != 0;
    v.per = st->Text(15);
    v.of = st->Text(16);
    v.start = st->Text(17);
    v.end = st->Text(18);
    v.grain = st->Text(19);
    v.timex = st->Text(20);
    v.mod = st->Text(21);
    if (!st->IsNull(22)) {
      Value t;
      t.start = st->Text(22);
      t.end = st->Text(23);
      t.grain = st->Text(24);
      t.timex = st->Text(25);
      t.mod = st->Text(26);
      c->time = std::move(t);
    }
    c->measure = st->Text(27);
    c->aspect = st->Text(28);
    c->events = NameTokens(st->Text(29));
    c->superseded = st->Int(30) != 0;
    c->story.uri = st->Text(31);
    c->story.source = st->Text(32);
    c->story.published = st->Text(33);
    c->story.headline = st->Text(34);
    c->sentence = st->Text(35);
    if (!st->IsNull(36)) {
      Attribution a;
      a.said_by = st->Text(37);
      a.cue = st->Text(38);
      a.cited_source = st->Text(39);
      c->attribution = std::move(a);
    }
    c->retracted = st->Int(40) != 0;
    st->Reset();

    SqliteStmt* actors = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("SELECT a.name, a.kind, ca.role, a.id FROM claim_actors ca JOIN actors a ON a.id = "
             "ca.actor_id WHERE ca.claim_id = ? ORDER BY ca.idx",
             &actors));
    WF_RETURN_IF_ERROR(actors->ResetAndBind(id));
    WF_RETURN_IF_ERROR(actors->ForEachRow([&] {
      ClaimActor ca;
      ca.name = actors->Text(0);
      ParseActorKind(actors->Text(1), &ca.kind);
      ca.role = actors->Text(2);
      c->actors.push_back(std::move(ca));
      if (actor_ids) actor_ids->push_back(actors->Int(3));
    }));
    return LoadRelays(c->story.id, &c->story.relays);
  }

  Status LoadClaims(const std::vector<int64_t>& ids, std::vector<Claim>* out) {
    for (int64_t id : ids) {
      Claim c;
      WF_RETURN_IF_ERROR(LoadClaim(id, &c));
      out->push_back(std::move(c));
    }
    return Status::OK();
  }

  // Candidates (FindCandidates) as LoadClaims gives them, through a cache:
  // the reconciler asks for the same recent claims again and again. What
  // LoadClaim reads of a stored claim changes only where the store says so
  // (ForgetStory: a superseded or retracted story; ForgetActor: an actor
  // renamed); the whole cache is dropped when this connection rolls back
  // (rows and names it read may be gone) and when another connection has
  // committed (PRAGMA data_version).
  Status LoadCandidates(const std::vector<int64_t>& ids, std::vector<Claim>* out) {
    int64_t version = 0;
    SqliteStmt* data_version = nullptr;
    WF_RETURN_IF_ERROR(Stmt("PRAGMA data_version", &data_version));
    bool row = false;
    Status s = data_version->Step(&row);
    if (s.ok() && row) version = data_version->Int(0);
    data_version->Reset();
    WF_RETURN_IF_ERROR(s);
    if (version != cache_data_version || db->rollbacks() != cache_rollbacks ||
        claim_cache.size() + ids.size() > kClaimCacheSize) {
      claim_cache.clear();
      claims_by_actor.clear();
      cache_data_version = version;
      cache_rollbacks = db->rollbacks();
    }
    for (int64_t id : ids) {
      auto it = claim_cache.find(id);
      if (it == claim_cache.end()) {
        CachedClaim c;
        WF_RETURN_IF_ERROR(LoadClaim(id, &c.claim, &c.actor_ids));
        for (int64_t actor : c.actor_ids) claims_by_actor[actor].push_back(id);
        std::vector<int64_t> credited;
        WF_RETURN_IF_ERROR(CreditActorNames(&c.claim, &credited));
        for (int64_t actor : credited) claims_by_actor[actor].push_back(id);
        it = claim_cache.emplace(id, std::move(c)).first;
      }
      out->push_back(it->second.claim);
    }
    return Status::OK();
  }
  // The reconciler compares a claim's speaker and cited source with its
  // actors by name, and a claim's actors carry their stored (canonical)
  // names: `c`'s said_by and cited_source become the names of the actors
  // they were filed under, where they were (LoadClaim keeps the words of the
  // story, for readers). *ids gets those actors' ids.
  Status CreditActorNames(Claim* c, std::vector<int64_t>* ids) {
    if (!c->attribution) return Status::OK();
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("SELECT at.said_by_actor_id, sa.name, at.cited_source_actor_id, cs.name FROM"
             " attributions at LEFT JOIN actors sa ON sa.id = at.said_by_actor_id LEFT JOIN"
             " actors cs ON cs.id = at.cited_source_actor_id WHERE at.claim_id = ?",
             &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(c->id));
    return st->ForEachRow([&] {
      if (!st->IsNull(1)) {
        c->attribution->said_by = st->Text(1);
        ids->push_back(st->Int(0));
      }
      if (!st->IsNull(3)) {
        c->attribution->cited_source = st->Text(3);
        ids->push_back(st->Int(2));
      }
    });
  }
  // The stored name of actor `id`.
  Status ActorName(int64_t id, std::string* name) {
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(Stmt("SELECT name FROM actors WHERE id = ?", &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(id));
    bool row = false;
    Status s = st->Step(&row);
    if (s.ok() && row) *name = st->Text(0);
    st->Reset();
    return s;
  }

  template <typename Pred>
  void ForgetClaimsIf(Pred stale) {
    for (auto it = claim_cache.begin(); it != claim_cache.end();)
      it = stale(it->second) ? claim_cache.erase(it) : std::next(it);
  }
  struct CachedClaim {
    Claim claim;
    std::vector<int64_t> actor_ids;  // of claim.actors
  };
  void ForgetStory(int64_t story_id) {
    ForgetClaimsIf([&](const CachedClaim& c) { return c.claim.story.id == story_id; });
  }
  void ForgetStory(const std::string& source, const std::string& uri) {
    ForgetClaimsIf([&](const CachedClaim& c) {
      return c.claim.story.source == source && c.claim.story.uri == uri;
    });
  }
  // Drops the cached claims naming `actor_id`: those claims_by_actor lists.
  void ForgetActor(int64_t actor_id) {
    auto it = claims_by_actor.find(actor_id);
    if (it == claims_by_actor.end()) return;
    for (int64_t id : it->second) claim_cache.erase(id);
    claims_by_actor.erase(it);
  }
  static constexpr size_t kClaimCacheSize = 16384;  // about 1.5 KB a claim
  std::unordered_map<int64_t, CachedClaim> claim_cache;
  // Actor id -> the claims loaded into claim_cache (since it was last
  // cleared) that name it; may list claims dropped since (ForgetStory) or
  // twice (loaded again): ForgetActor erases them by id.
  std::unordered_map<int64_t, std::vector<int64_t>> claims_by_actor;
  int64_t cache_data_version = -1;
  int64_t cache_rollbacks = -1;

  // --- Actors -------------------------------------------------------------------

  // Finds the stored actor `actor` is (see store/actor_match.h), merging
  // the new names into it, or inserts a new actor. *id is its id.
  Status ResolveActor(const Actor& actor, int64_t* id) {
    const std::string kind(ActorKindName(actor.kind));
    WF_RETURN_IF_ERROR(KnownKind(kind, "actor"));
    const bool person = actor.kind == ActorKind::kPerson;
    struct Alias {
      std::string alias, key;
      bool local = false;  // Actor::local_aliases: filed, never matched on
    };
    std::vector<Alias> aliases;
    std::set<std::string> seen;
    auto add_alias = [&](const std::string& alias, bool local) {
      std::string key = AliasKey(alias);
      if (key.empty()) return;
      std::string spaced = SpacedKey(key);  // "Kim Jong-un" is "Kim Jong Un" too
      if (seen.insert(key).second) aliases.push_back({alias, std::move(key), local});
      if (!spaced.empty() && seen.insert(spaced).second) aliases.push_back({alias, spaced, local});
    };
    add_alias(actor.name, false);
    for (const std::string& a : actor.aliases)
      add_alias(a, std::find(actor.local_aliases.begin(), actor.local_aliases.end(), a) !=
                       actor.local_aliases.end());
    if (aliases.empty()) {
      return Status::InvalidInput("actor with an empty name");
    }

    // Candidates: same kind, shared alias; for people also same surname.
    struct Candidate {
      std::string name;
      bool strong = false;  // matched by an alias of several tokens
    };
    std::map<int64_t, Candidate> found;
    SqliteStmt* by_alias = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("SELECT al.actor_id, a.name FROM actor_aliases al JOIN actors a ON a.id = "
             "al.actor_id WHERE al.alias_key = ? AND a.kind = ?",
             &by_alias));
    bool row = false;
    std::set<std::pair<int64_t, std::string_view>> filed;  // (actor id, alias key) stored
    for (const auto& [alias, key, local] : aliases) {
      if (local) continue;
      const bool strong = key.find(' ') != std::string::npos;  // several NameTokens
      WF_RETURN_IF_ERROR(by_alias->ForEachRowWith(
          [&] {
            const int64_t cand_id = by_alias->Int(0);
            Candidate& c = found[cand_id];
            c.name = by_alias->Text(1);
            c.strong = c.strong || strong;
            filed.emplace(cand_id, key);
          },
          key, kind));
    }
    const std::string surname = person ? SurnameKey(actor.name) : "";
    if (person && !surname.empty()) {
      SqliteStmt* by_surname = nullptr;
      WF_RETURN_IF_ERROR(Stmt(
          "SELECT id, name FROM actors WHERE kind = 'person' AND surname_key = ?", &by_surname));
      WF_RETURN_IF_ERROR(by_surname->ResetAndBind(surname));
      WF_RETURN_IF_ERROR(
          by_surname->ForEachRow([&] { found[by_surname->Int(0)].name = by_surname->Text(1); }));
    }
    std::vector<int64_t> strong, weak;
    for (const auto& [cand_id, c] : found) {
      if (c.strong) {
        strong.push_back(cand_id);
      } else if (!person || PersonNamesCompatible(actor.name, c.name)) {
        weak.push_back(cand_id);
      }
    }
    int64_t match = 0;
    if (!strong.empty()) {
      match = strong.front();
    } else if (weak.size() == 1 || (!person && !weak.empty())) {
      match = weak.front();
    }  // several people share the surname: ambiguous, a new actor
    if (match == 0 && actor.kind == ActorKind::kOrganization)
      WF_RETURN_IF_ERROR(MatchByLegalForm(actor.name, &match));

    if (match == 0) {
      SqliteStmt* ins = nullptr;
      WF_RETURN_IF_ERROR(
          Stmt("INSERT INTO actors(name, kind, title, surname_key) VALUES (?, ?, ?, ?)", &ins));
      WF_RETURN_IF_ERROR(ins->RunWith(actor.name, kind, actor.title, surname));
      match = db->LastInsertRowid();
    } else {
      SqliteStmt* get = nullptr;
      WF_RETURN_IF_ERROR(Stmt("SELECT name, title FROM actors WHERE id = ?", &get));
      WF_RETURN_IF_ERROR(get->ResetAndBind(match));
      WF_RETURN_IF_ERROR(get->Step(&row));
      std::string name = get->Text(0), title = get->Text(1);
      get->Reset();
      // A person matched by a shared alias ("President Reagan") takes a
      // fuller name only when the two names can be one person's: "Ronald
      // Reagan" never becomes "Michael Reagan".
      std::string new_name =
          !person || PersonNamesCompatible(name, actor.name) ? FullerName(name, actor.name) : name;
      std::string new_title = actor.title.size() > title.size() ? actor.title : title;
      if (new_name != name || new_title != title) {
        if (new_name != name) ForgetActor(match);
        SqliteStmt* upd = nullptr;
        WF_RETURN_IF_ERROR(
            Stmt("UPDATE actors SET name = ?, title = ?, surname_key = ? WHERE id = ?", &upd));
        WF_RETURN_IF_ERROR(
            upd->ResetAndBind(new_name, new_title, person ? SurnameKey(new_name) : "", match));
        WF_RETURN_IF_ERROR(upd->Run());
      }
    }
    SqliteStmt* ins_alias = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("INSERT OR IGNORE INTO actor_aliases(actor_id, alias, alias_key) VALUES (?, ?, ?)",
             &ins_alias));
    for (const auto& [alias, key, local] : aliases) {
      if (filed.count({match, key})) continue;  // would be ignored
      WF_RETURN_IF_ERROR(ins_alias->RunWith(match, alias, key));
    }
    *id = match;
    return Status::OK();
  }

  // The one stored organisation that `name` names with or without its legal
  // forms (store/legal_forms.h), or 0: "Newmont Gold" finds the stored
  // "Newmont Gold Co", and "Newmont Gold Co" an organisation stored as
  // "Newmont Gold". The name without its forms must have two or more words
  // ("BBC" is not "BBC AG"), and a formed name never joins an organisation
  // whose own name ends in another form ("General Electric Co Plc" stays
  // apart from "General Electric Co", even when that one was also written
  // "General Electric"). Two or more such organisations: 0 (ambiguous).
  Status MatchByLegalForm(const std::string& name, int64_t* match) {
    *match = 0;
    const std::string key = AliasKey(name);
    std::string last;
    const std::string base = legal_forms.WithoutLegalForms(key, &last);
    if ((base.empty() ? key : base).find(' ') == std::string::npos) return Status::OK();
    std::vector<int64_t> ids;
    if (base.empty()) {
      WF_RETURN_IF_ERROR(OrganizationsWithLegalForms(key, &ids));
    } else {
      SqliteStmt* st = nullptr;
      WF_RETURN_IF_ERROR(
          Stmt("SELECT DISTINCT a.id, a.name FROM actor_aliases al JOIN actors a ON a.id ="
               " al.actor_id WHERE al.alias_key = ? AND a.kind = 'organization'",
               &st));
      WF_RETURN_IF_ERROR(st->ResetAndBind(base));
      WF_RETURN_IF_ERROR(st->ForEachRow([&] {
        std::string their_last;
        const std::string their_base =
            legal_forms.WithoutLegalForms(AliasKey(st->Text(1)), &their_last);
        if (their_base.empty() || (their_base == base && their_last == last))
          ids.push_back(st->Int(0));
      }));
    }
    if (ids.size() == 1) *match = ids.front();
    return Status::OK();
  }

  // Appends to *ids, once each and in id order, the organisations with an
  // alias that is `key` (an AliasKey) followed by legal forms only ("harbor
  // mills" -> "Harbor Mills Inc").
  Status OrganizationsWithLegalForms(const std::string& key, std::vector<int64_t>* ids) {
    SqliteStmt* st = nullptr;
    // Keys that start with `key` and a space sort from key + " " up to key +
    // "!" (the byte after the space). CROSS JOIN: the alias index first (the
    // planner would otherwise walk every organisation).
    WF_RETURN_IF_ERROR(
        Stmt("SELECT al.actor_id, al.alias_key FROM actor_aliases al CROSS JOIN actors a ON"
             " a.id = al.actor_id WHERE al.alias_key > ?1 AND al.alias_key < ?2 AND a.kind ="
             " 'organization' ORDER BY al.actor_id",
             &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(key + " ", key + "!"));
    const size_t first = ids->size();
    return st->ForEachRow([&] {
      const int64_t id = st->Int(0);
      const std::string alias = st->Text(1);
      if (legal_forms.OnlyLegalForms(std::string_view(alias).substr(key.size() + 1)) &&
          (ids->size() == first || ids->back() != id))
        ids->push_back(id);
    });
  }

  // Actor ids whose aliases include `name` (case-insensitive), optionally of
  // one kind only ("" = any).
  Status ActorIdsByAlias(const std::string& name, std::string_view kind,
                         std::vector<int64_t>* ids) {
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("SELECT DISTINCT al.actor_id FROM actor_aliases al JOIN actors a ON a.id = al.actor_id"
             " WHERE al.alias_key = ?1 AND (?2 = '' OR a.kind = ?2) ORDER BY al.actor_id",
             &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(AliasKey(name), kind));
    return CollectIds(st, ids);
  }

  // The actors a reader means by `name` (ClaimFilter/RelationFilter::actor):
  // those with an alias `name` (ActorIdsByAlias); when there are none, the
  // organisations with an alias that is `name` followed by legal forms only
  // ("Harbor Mills" -> "Harbor Mills Inc", store/legal_forms.h).
  Status ActorIdsForReader(const std::string& name, std::vector<int64_t>* ids) {
    WF_RETURN_IF_ERROR(ActorIdsByAlias(name, "", ids));
    const std::string key = AliasKey(name);
    if (!ids->empty() || key.empty()) return Status::OK();
    return OrganizationsWithLegalForms(key, ids);
  }

  // --- Writing ------------------------------------------------------------------

  Status StoreInTransaction(const AnalyzedStory& in, ClaimStore* self, const ReconcileFn& reconcile,
                            StoreResult* result);
  // Identity, versions, reissues and retraction of `story` (see the
  // header), given the hash its body is stored under. *done when nothing
  // is to be stored (result says why); otherwise the current version, if
  // any (*old_id), is retired and `story` holds the identity to store under.
  // `streamed`: the hash alone identifies the body, and no near-copy
  // reissue search.
  // `input_key` (AnalyzedStory::input_key, "" = none) is filed on a stored
  // row found to hold the same body in the same version when it has none.
  Status Decide(Story* story, const std::string& hash, const std::string& input_key, bool streamed,
                StoreResult* result, int64_t* old_id, std::string* received_uri, bool* done);
  Status InsertStory(const Story& story, std::string_view body, const std::string& hash,
                     const std::string& input_key, int64_t claim_count, int64_t old_id,
                     const std::string& received_uri, StoryWrite* w);
  Status WriteRelays(const std::vector<std::string>& relays, StoryWrite* w);
  // Sentences, actors, mentions, claims, attributions and relations of one
  // part (the whole story, or one segment); `text` is its normalised text.
  // `claims` are the part's (in.claims is not read), taken by value: a
  // caller done with them moves them in rather than having them copied.
  Status WritePart(const AnalyzedStory& in, std::vector<Claim> claims, std::string_view text,
                   ClaimStore* self, const ReconcileFn& reconcile, StoryWrite* w);
  Status RetractIfCanceled(const StoryWrite& w);

  // Whether story `id`'s stored body is `body`.
  Status SameBody(int64_t id, const std::string& body, bool* same) {
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(Stmt("SELECT body = ?2 FROM stories WHERE id = ?1", &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(id));
    WF_RETURN_IF_ERROR(st->BindStatic(2, body));
    bool row = false;
    Status s = st->Step(&row);
    *same = s.ok() && row && st->Int(0) != 0;
    st->Reset();
    return s;
  }

  // The current story of (source, uri): *id 0 when none.
  // Its body is not read: SameBody compares it when the hashes agree.
  Status CurrentStory(const std::string& source, const std::string& uri, int64_t* id,
                      std::string* hash, std::string* version) {
    SqliteStmt* cur = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("SELECT id, body_hash, version FROM stories"
             " WHERE source = ? AND uri = ? AND superseded_by IS NULL",
             &cur));
    WF_RETURN_IF_ERROR(cur->ResetAndBind(source, uri));
    bool row = false;
    WF_RETURN_IF_ERROR(cur->Step(&row));
    *id = row ? cur->Int(0) : 0;
    if (row) {
      *hash = cur->Text(1);
      *version = cur->Text(2);
    }
    cur->Reset();
    return Status::OK();
  }

  // The uri of the current story of `source` that `story` reissues (see the
  // header), "" when none.
  Status FindReissued(const Story& story, std::string* uri, std::string* version) {
    uri->clear();
    std::string rest;
    if (!reissue_markers.IsReissueHeadline(story.headline, &rest)) return Status::OK();
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("SELECT uri, body, version FROM stories WHERE source = ? AND superseded_by IS NULL"
             " AND uri <> ? AND body_hash NOT LIKE 'in:%' ORDER BY id DESC LIMIT ?",
             &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(story.source, story.uri, kReissueWindow));
    double best = 0;
    WF_RETURN_IF_ERROR(st->ForEachRow([&] {
      const double sim = BodySimilarity(story.body, st->Text(1));
      if (sim >= kReissueSimilarity && sim > best) {
        best = sim;
        *uri = st->Text(0);
        *version = st->Text(2);
      }
    }));
    return Status::OK();
  }

  // The uri under which a story that arrived as (story.source, story.uri)
  // was filed as a reissue, and the version it was filed as; "" when that
  // uri was never filed as one (schema/004_reissue_lookup.sql).
  Status FiledReissue(const Story& story, std::string* uri, std::string* version) {
    uri->clear();
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("SELECT uri, version FROM stories"
             " WHERE source = ? AND received_uri = ? AND received_uri <> ''"
             " ORDER BY id DESC LIMIT 1",
             &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(story.source, story.uri));
    WF_RETURN_IF_ERROR(st->ForEachRow([&] {
      *uri = st->Text(0);
      *version = st->Text(1);
    }));
    return Status::OK();
  }

  // Marks every stored version of (source, uri) canceled and their claims
  // retracted.
  Status Retract(const std::string& source, const std::string& uri) {
    ForgetStory(source, uri);
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("UPDATE claims SET retracted = 1 WHERE story_id IN"
             " (SELECT id FROM stories WHERE source = ?1 AND uri = ?2)",
             &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(source, uri));
    WF_RETURN_IF_ERROR(st->Run());
    WF_RETURN_IF_ERROR(
        Stmt("UPDATE stories SET pubstatus = 'canceled' WHERE source = ?1 AND uri = ?2", &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(source, uri));
    return st->Run();
  }
};

ClaimStore::ClaimStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ClaimStore::~ClaimStore() = default;

int ClaimStore::SchemaVersion() { return LatestSchemaVersion(); }

Status ClaimStore::Open(const std::string& path, std::unique_ptr<ClaimStore>* out) {
  return Open(path, RuleFiles(), out);
}

Status ClaimStore::Open(const std::string& path, const RuleFiles& rules,
                        std::unique_ptr<ClaimStore>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(ReissueMarkers::Load(rules, &impl->reissue_markers));
  WF_RETURN_IF_ERROR(LegalForms::Load(rules, &impl->legal_forms));
  WF_RETURN_IF_ERROR(SqliteDb::Open(path, &impl->db));
  SqliteDb* db = impl->db.get();
  // The first statement reads the file: a non-database fails here. Several
  // processes may open a fresh file at once: switching it to WAL (and the
  // first migration) then meets SQLITE_BUSY, retried for a while.
  const std::string pragmas =
      "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;"
      " PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
      // Read pages through a memory map and keep a 32 MiB page cache: the
      // reconciler's index lookups then stay off the read() path as the
      // database grows.
      " PRAGMA mmap_size = 268435456;"
      // Checkpoint the WAL into the database every 8000 pages (32 MiB; the
      // default is 1000): the index pages every batch changes are copied
      // back once per checkpoint, so fewer checkpoints copy fewer pages.
      " PRAGMA wal_autocheckpoint = 8000;"
      // Savepoint sub-journals and statement journals in memory: each
      // story of a batch is a savepoint whose sub-journal holds the
      // pre-savepoint pages it changes (about 30 index pages a story). On
      // disk they were the most written files of an ingest (temporary
      // files, several times the WAL's bytes, one pwrite per page).
      // Their size is bounded by the pages one story or one statement
      // changes (a streamed story indexes FTS5 segment by segment).
      " PRAGMA temp_store = MEMORY;" +
      std::string(kCacheSizePragma);
  Status s;
  for (int attempt = 0; attempt < 200; ++attempt) {
    s = db->Exec(pragmas);
    if (s.ok()) s = Migrate(db, RuleFiles());
    if (s.ok() || !db->LastErrorIsBusy()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (!s.ok()) return s;
  // This connection does not evaluate the schema's CHECK constraints (the
  // migrations above did): SQLite 3.40 codes each `kind IN (...)` CHECK of
  // claims, actors and relations as a temporary b-tree built and dropped
  // for every row inserted, about a sixth of the store's instructions. The
  // store enforces them itself, by construction: kinds are written only as
  // ClaimKindName / ActorKindName / RelationKindName of their enums, whose
  // names are exactly the CHECK lists, and a name outside them ("" for a
  // value out of range) is refused before the INSERT (KnownKind); a
  // relation of a claim with itself is refused too (WritePart). Other
  // connections (the sqlite3 shell, Datasette) still evaluate them.
  WF_RETURN_IF_ERROR(db->Exec("PRAGMA ignore_check_constraints = ON"));
  out->reset(new ClaimStore(std::move(impl)));
  return Status::OK();
}

Status ClaimStore::BeginBatch() {
  if (impl_->batch) return Status::InvalidArgument("a batch is already open");
  auto txn = std::make_unique<SqliteTransaction>(impl_->db.get());
  WF_RETURN_IF_ERROR(txn->Begin());
  impl_->fts_after = -1;
  impl_->batch = std::move(txn);
  return Status::OK();
}

Status ClaimStore::CommitBatch() {
  if (!impl_->batch) return Status::InvalidArgument("no batch is open");
  if (impl_->stream) return Status::InvalidArgument("a streamed story is open");
  Status s = impl_->IndexSentences();
  if (s.ok()) s = impl_->batch->Commit();
  impl_->batch.reset();  // rolls back when the commit failed
  return s;
}

void ClaimStore::RollbackBatch() {
  impl_->stream.reset();
  impl_->batch.reset();
}

bool ClaimStore::InBatch() const { return impl_->batch != nullptr; }

Status ClaimStore::StoreStory(const AnalyzedStory& story, const ReconcileFn& reconcile,
                              StoreResult* result) {
  if (story.story.uri.empty()) return Status::InvalidArgument("story has no uri");
  if (impl_->stream) return Status::InvalidArgument("a streamed story is open");
  *result = StoreResult();
  if (impl_->batch) {
    SqliteSavepoint savepoint(impl_->db.get());
    WF_RETURN_IF_ERROR(savepoint.Begin());
    StoreResult r;
    WF_RETURN_IF_ERROR(impl_->StoreInTransaction(story, this, reconcile, &r));
    WF_RETURN_IF_ERROR(savepoint.Release());
    *result = r;
    return Status::OK();
  }
  SqliteTransaction txn(impl_->db.get());
  WF_RETURN_IF_ERROR(txn.Begin());
  impl_->fts_after = -1;
  StoreResult r;
  WF_RETURN_IF_ERROR(impl_->StoreInTransaction(story, this, reconcile, &r));
  WF_RETURN_IF_ERROR(impl_->IndexSentences());
  WF_RETURN_IF_ERROR(txn.Commit());
  *result = r;
  return Status::OK();
}

Status ClaimStore::FindUnchanged(const Story& story, const std::string& input_key,
                                 StoreResult* result, bool* unchanged) {
  *unchanged = false;
  if (input_key.empty() || story.uri.empty() || story.pubstatus == "canceled") return Status::OK();
  if (impl_->stream) return Status::InvalidArgument("a streamed story is open");
  SqliteStmt* st = nullptr;
  WF_RETURN_IF_ERROR(
      impl_->Stmt("SELECT id FROM stories WHERE source = ? AND uri = ? AND superseded_by IS NULL"
                  " AND input_key = ? AND version = ?",
                  &st));
  WF_RETURN_IF_ERROR(st->ResetAndBind(story.source, story.uri, input_key, story.version));
  bool row = false;
  WF_RETURN_IF_ERROR(st->Step(&row));
  const int64_t id = row ? st->Int(0) : 0;
  st->Reset();
  if (id == 0) return Status::OK();
  *result = StoreResult();
  result->outcome = StoreOutcome::kUnchanged;
  result->story_id = id;
  *unchanged = true;
  return Status::OK();
}

Status ClaimStore::Impl::Decide(Story* story, const std::string& hash, const std::string& input_key,
                                bool streamed, StoreResult* result, int64_t* old_id_out,
                                std::string* received_uri, bool* done) {
  const bool canceled = story->pubstatus == "canceled";
  *done = false;
  received_uri->clear();

  // Identity: (source, uri). Compare with the current version.
  int64_t old_id = 0;
  std::string old_hash, old_version;
  WF_RETURN_IF_ERROR(CurrentStory(story->source, story->uri, &old_id, &old_hash, &old_version));
  if (canceled && (old_id != 0 || IsBlankBody(story->body))) {
    if (old_id != 0) WF_RETURN_IF_ERROR(Retract(story->source, story->uri));
    result->outcome = StoreOutcome::kRetracted;
    result->story_id = old_id;
    *done = true;
    return Status::OK();
  }
  if (old_id == 0 && !canceled) {
    std::string reissued, reissued_version;
    // A uri already filed as a reissue maps to the same identity again,
    // whatever the near-copy window now holds (a re-run of a batch).
    std::string filed_version;
    WF_RETURN_IF_ERROR(FiledReissue(*story, &reissued, &filed_version));
    if (!reissued.empty()) {
      *received_uri = story->uri;
      story->uri = reissued;
      story->version = filed_version;
      result->reissue_of = reissued;
      WF_RETURN_IF_ERROR(CurrentStory(story->source, story->uri, &old_id, &old_hash, &old_version));
      reissued.clear();
    } else if (!streamed) {
      WF_RETURN_IF_ERROR(FindReissued(*story, &reissued, &reissued_version));
    }
    if (!reissued.empty()) {
      *received_uri = story->uri;
      story->uri = reissued;
      const std::optional<int64_t> ov = NumericVersion(reissued_version);
      const std::optional<int64_t> nv = NumericVersion(story->version);
      const int64_t next = ov ? *ov + 1 : 2;
      if (!nv || *nv < next) story->version = std::to_string(next);
      result->reissue_of = reissued;
      WF_RETURN_IF_ERROR(CurrentStory(story->source, story->uri, &old_id, &old_hash, &old_version));
    }
  }
  if (old_id != 0) {
    // A streamed story's hash names its input's length and hash: equal
    // hashes are the same input. Otherwise the bodies are compared too.
    bool same_body = old_hash == hash;
    if (same_body && !streamed) WF_RETURN_IF_ERROR(SameBody(old_id, story->body, &same_body));
    auto nv = NumericVersion(story->version), ov = NumericVersion(old_version);
    const bool stale = nv && ov && *nv < *ov;
    // A reissue with the body already stored (a REPEAT, or the same
    // CORRECTED story ingested again) changes nothing.
    const bool reissue = !received_uri->empty();
    // An earlier version ingested again (a re-run of a batch that held both
    // a story and its reissue) changes nothing either.
    bool earlier_version = false;
    if (!same_body && !(nv && ov && *nv > *ov)) {
      SqliteStmt* seen = nullptr;
      WF_RETURN_IF_ERROR(
          Stmt("SELECT id FROM stories WHERE source = ? AND uri = ? AND body_hash = ?"
               " AND superseded_by IS NOT NULL",
               &seen));
      WF_RETURN_IF_ERROR(seen->ResetAndBind(story->source, story->uri, hash));
      std::vector<int64_t> ids;
      WF_RETURN_IF_ERROR(CollectIds(seen, &ids));
      for (int64_t id : ids) {
        if (earlier_version) break;
        if (streamed) {
          earlier_version = true;
        } else {
          WF_RETURN_IF_ERROR(SameBody(id, story->body, &earlier_version));
        }
      }
    }
    if ((same_body && (story->version == old_version || reissue)) || stale || earlier_version) {
      if (same_body && story->version == old_version && !input_key.empty() && !streamed) {
        // This input gives the stored body: FindUnchanged recognises it next
        // time (rows stored before schema version 5 have no key).
        SqliteStmt* file = nullptr;
        WF_RETURN_IF_ERROR(
            Stmt("UPDATE stories SET input_key = ?1 WHERE id = ?2 AND input_key = ''", &file));
        WF_RETURN_IF_ERROR(file->ResetAndBind(input_key, old_id));
        WF_RETURN_IF_ERROR(file->Run());
      }
      result->outcome = StoreOutcome::kUnchanged;
      result->story_id = old_id;
      *done = true;
      return Status::OK();
    }
    // The unique index allows one current row per identity: retire the old
    // row first (pointing at itself until the new id is known).
    ForgetStory(old_id);
    SqliteStmt* retire = nullptr;
    WF_RETURN_IF_ERROR(Stmt("UPDATE stories SET superseded_by = ?1 WHERE id = ?2", &retire));
    WF_RETURN_IF_ERROR(retire->ResetAndBind(old_id, old_id));
    WF_RETURN_IF_ERROR(retire->Run());
    SqliteStmt* old_claims = nullptr;
    WF_RETURN_IF_ERROR(Stmt("UPDATE claims SET superseded = 1 WHERE story_id = ?", &old_claims));
    WF_RETURN_IF_ERROR(old_claims->ResetAndBind(old_id));
    WF_RETURN_IF_ERROR(old_claims->Run());
  }
  *old_id_out = old_id;
  return Status::OK();
}

Status ClaimStore::Impl::InsertStory(const Story& story, std::string_view body,
                                     const std::string& hash, const std::string& input_key,
                                     int64_t claim_count, int64_t old_id,
                                     const std::string& received_uri, StoryWrite* w) {
  SqliteStmt* ins = nullptr;
  WF_RETURN_IF_ERROR(
      Stmt("INSERT INTO stories(uri, source, headline, published, version, pubstatus, located,"
           " body, body_hash, claim_count, received_uri, input_key)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
           &ins));
  WF_RETURN_IF_ERROR(
      ins->ResetAndBind(story.uri, story.source, story.headline, story.published, story.version,
                        story.pubstatus.empty() ? "usable" : story.pubstatus, story.located));
  WF_RETURN_IF_ERROR(ins->BindStatic(8, body));
  WF_RETURN_IF_ERROR(ins->Bind(9, hash));
  WF_RETURN_IF_ERROR(ins->Bind(10, claim_count));
  WF_RETURN_IF_ERROR(ins->Bind(11, received_uri));
  WF_RETURN_IF_ERROR(ins->Bind(12, input_key));
  Status s = ins->Run();
  ins->Reset();  // drops the binding of `body`
  WF_RETURN_IF_ERROR(s);
  const int64_t story_id = db->LastInsertRowid();
  writing_story = story_id;
  writing_first_claim = 0;
  if (old_id != 0) {
    SqliteStmt* retire = nullptr;
    WF_RETURN_IF_ERROR(Stmt("UPDATE stories SET superseded_by = ?1 WHERE id = ?2", &retire));
    WF_RETURN_IF_ERROR(retire->ResetAndBind(story_id, old_id));
    WF_RETURN_IF_ERROR(retire->Run());
  }
  w->story_id = story_id;
  w->canceled = story.pubstatus == "canceled";
  w->ref.id = story_id;
  w->ref.uri = story.uri;
  w->ref.source = story.source;
  w->ref.published = story.published;
  w->ref.headline = story.headline;
  return Status::OK();
}

Status ClaimStore::Impl::WriteRelays(const std::vector<std::string>& relays, StoryWrite* w) {
  SqliteStmt* relay = nullptr;
  WF_RETURN_IF_ERROR(
      Stmt("INSERT OR IGNORE INTO story_relays(story_id, outlet) VALUES (?, ?)", &relay));
  for (const std::string& outlet : relays) {
    if (outlet.empty()) continue;
    WF_RETURN_IF_ERROR(relay->ResetAndBind(w->story_id, outlet));
    WF_RETURN_IF_ERROR(relay->Run());
  }
  for (const std::string& outlet : relays)
    if (!outlet.empty() &&
        std::find(w->ref.relays.begin(), w->ref.relays.end(), outlet) == w->ref.relays.end())
      w->ref.relays.push_back(outlet);
  return Status::OK();
}

Status ClaimStore::Impl::WritePart(const AnalyzedStory& in, std::vector<Claim> claims,
                                   std::string_view text, ClaimStore* self,
                                   const ReconcileFn& reconcile, StoryWrite* w) {
  // fresh_actors holds this part's claims only while it is written.
  fresh_actors.clear();
  struct Forget {
    decltype(fresh_actors)& map;
    ~Forget() { map.clear(); }
  } forget{fresh_actors};
  const int64_t story_id = w->story_id;
  // Sentences (the FTS index follows by trigger). Byte ranges index `text`,
  // the part's normalised text; rows are in story coordinates.
  CodepointIndex cps(text);
  std::vector<std::string_view> sentence_texts;
  const std::vector<Sentence>& sentences = in.normalized.sentences;
  sentence_texts.reserve(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    if (s.begin > s.end || s.end > text.size()) {
      return Status::InvalidInput("sentence " + std::to_string(w->sentence_base + i) +
                                  " lies outside the body");
    }
    sentence_texts.push_back(text.substr(s.begin, s.end - s.begin));
  }
  // Several rows per INSERT (fewer statements); sentences_fts follows at
  // commit (IndexSentences).
  if (!sentences.empty()) WF_RETURN_IF_ERROR(NoteSentences());
  for (size_t first = 0; first < sentences.size(); first += kSentenceRowsPerInsert) {
    const size_t rows = std::min(kSentenceRowsPerInsert, sentences.size() - first);
    SqliteStmt* sent = nullptr;
    WF_RETURN_IF_ERROR(Stmt(SentenceInsert(rows), &sent));
    sent->Reset();
    for (size_t r = 0; r < rows; ++r) {
      const size_t i = first + r;
      const int p = static_cast<int>(r * 5);
      WF_RETURN_IF_ERROR(sent->Bind(p + 1, story_id));
      WF_RETURN_IF_ERROR(sent->Bind(p + 2, w->sentence_base + i));
      WF_RETURN_IF_ERROR(sent->Bind(p + 3, w->cp_shift + cps.ToCodepoint(sentences[i].begin)));
      WF_RETURN_IF_ERROR(sent->Bind(p + 4, w->cp_shift + cps.ToCodepoint(sentences[i].end)));
      WF_RETURN_IF_ERROR(sent->BindStatic(p + 5, sentence_texts[i]));
    }
    Status s = sent->Run();
    sent->Reset();
    WF_RETURN_IF_ERROR(s);
  }

  // Actors, merged with the stored ones.
  auto& by_kind_name = w->by_kind_name;  // ActorMapKey -> id
  auto& by_name = w->by_name;            // AliasKey -> id
  for (const Actor& a : in.actors) {
    int64_t id = 0;
    WF_RETURN_IF_ERROR(ResolveActor(a, &id));
    by_kind_name[ActorMapKey(a.kind, a.name)] = id;
    by_name.emplace(AliasKey(a.name), id);
    for (const std::string& alias : a.aliases) {
      by_kind_name.emplace(ActorMapKey(a.kind, alias), id);
      by_name.emplace(AliasKey(alias), id);
    }
  }
  auto actor_id = [&](const std::string& name, ActorKind kind, int64_t* id) -> Status {
    auto it = by_kind_name.find(ActorMapKey(kind, name));
    if (it != by_kind_name.end()) {
      *id = it->second;
      return Status::OK();
    }
    Actor a;
    a.name = name;
    a.kind = kind;
    WF_RETURN_IF_ERROR(ResolveActor(a, id));
    by_kind_name[ActorMapKey(kind, name)] = *id;
    by_name.emplace(AliasKey(name), *id);
    return Status::OK();
  };
  // An attribution's speaker or cited source, when it names a known actor.
  auto known_actor = [&](const std::string& name, std::optional<int64_t>* id) -> Status {
    id->reset();
    if (AliasKey(name).empty()) return Status::OK();
    auto it = by_name.find(AliasKey(name));
    if (it != by_name.end()) {
      *id = it->second;
      return Status::OK();
    }
    std::vector<int64_t> ids;
    WF_RETURN_IF_ERROR(ActorIdsByAlias(name, "", &ids));
    if (ids.size() == 1) *id = ids.front();
    return Status::OK();
  };

  // Mentions.
  SqliteStmt* mention = nullptr;
  WF_RETURN_IF_ERROR(
      Stmt("INSERT INTO mentions(story_id, actor_id, text, start, end, source_start, source_end,"
           " form) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
           &mention));
  for (const Mention& m : in.mentions) {
    int64_t id = 0;
    WF_RETURN_IF_ERROR(actor_id(m.actor.empty() ? m.text : m.actor, m.kind, &id));
    WF_RETURN_IF_ERROR(mention->RunWith(story_id, id, m.text, m.start, m.stop, m.source_start,
                                        m.source_end, MentionFormName(m.form)));
  }

  // Claims.
  SqliteStmt* claim = nullptr;
  WF_RETURN_IF_ERROR(Stmt(
      "INSERT INTO claims(story_id, sentence_idx, kind, text, start, end, source_start,"
      " source_end, unit, low, high, approx, resolution, currency_assumed, per, of, date_start,"
      " date_end, grain, timex, mod, time_start, time_end, time_grain, time_timex, time_mod,"
      " measure, aspect, events, value_bucket) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
      " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &claim));
  SqliteStmt* claim_actor = nullptr;
  WF_RETURN_IF_ERROR(Stmt(
      "INSERT INTO claim_actors(claim_id, idx, actor_id, role) VALUES (?, ?, ?, ?)", &claim_actor));
  SqliteStmt* block = nullptr;
  WF_RETURN_IF_ERROR(
      Stmt("INSERT OR IGNORE INTO claim_blocks(actor_id, kind, unit, measure, aspect,"
           " value_bucket, claim_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
           &block));
  SqliteStmt* attribution = nullptr;
  WF_RETURN_IF_ERROR(
      Stmt("INSERT INTO attributions(claim_id, said_by, said_by_actor_id, cue, cited_source,"
           " cited_source_actor_id) VALUES (?, ?, ?, ?, ?, ?)",
           &attribution));

  std::vector<Claim>& stored = claims;  // ids, story and sentence filled in as stored
  // By claim (as in `stored`): the actors its speaker and cited source were
  // filed under.
  std::vector<std::pair<std::optional<int64_t>, std::optional<int64_t>>> credited(stored.size());
  for (Claim& c : stored) {
    WF_RETURN_IF_ERROR(KnownKind(ClaimKindName(c.kind), "claim"));
    const Value& v = c.value;
    // time_* are NULL when the claim has no time.
    auto time_field = [&](const std::string Value::*field) -> std::optional<std::string_view> {
      if (!c.time) return std::nullopt;
      return std::string_view((*c.time).*field);
    };
    WF_RETURN_IF_ERROR(claim->RunWith(
        story_id, c.sentence_index, ClaimKindName(c.kind), c.text, c.start, c.stop, c.source_start,
        c.source_end, UnitOf(c), v.low, v.high, v.approx, v.resolution, v.currency_assumed, v.per,
        v.of, v.start, v.end, v.grain, v.timex, v.mod, time_field(&Value::start),
        time_field(&Value::end), time_field(&Value::grain), time_field(&Value::timex),
        time_field(&Value::mod), c.measure, c.aspect, JoinEvents(c.events), ValueBucket(c.value)));
    c.id = db->LastInsertRowid();
    if (writing_story == story_id && writing_first_claim == 0) writing_first_claim = c.id;
    c.story = w->ref;
    c.superseded = false;
    const int local = c.sentence_index - w->sentence_base;
    if (c.sentence.empty() && c.sentence_index >= 0 && local >= 0 &&
        static_cast<size_t>(local) < sentence_texts.size()) {
      c.sentence = std::string(sentence_texts[local]);
    }
    const BlockKey key = BlockKeyOf(c);
    auto& claim_actors = fresh_actors[c.id];
    claim_actors.clear();
    for (size_t i = 0; i < c.actors.size(); ++i) {
      int64_t id = 0;
      WF_RETURN_IF_ERROR(actor_id(c.actors[i].name, c.actors[i].kind, &id));
      WF_RETURN_IF_ERROR(claim_actor->RunWith(c.id, i, id, c.actors[i].role));
      claim_actors.emplace_back(id, c.actors[i].kind);  // resolved within its kind
      if (key.blocked && BlocksThrough(c.kind, c.actors[i].kind)) {
        WF_RETURN_IF_ERROR(
            block->RunWith(id, key.kind, key.unit, key.measure, key.aspect, key.bucket, c.id));
      }
    }
    if (c.attribution) {
      std::optional<int64_t> said_by, cited;
      WF_RETURN_IF_ERROR(known_actor(c.attribution->said_by, &said_by));
      WF_RETURN_IF_ERROR(known_actor(c.attribution->cited_source, &cited));
      WF_RETURN_IF_ERROR(attribution->RunWith(c.id, c.attribution->said_by, said_by,
                                              c.attribution->cue, c.attribution->cited_source,
                                              cited));
      credited[&c - stored.data()] = {said_by, cited};
    }
  }
  // The reconciler sees the claims as it sees stored candidates: actors,
  // speaker and cited source by their stored names (CreditActorNames), read
  // once every actor of the part is resolved (a later one may rename an
  // earlier: FullerName).
  if (reconcile && !stored.empty() && !w->canceled) {
    std::unordered_map<int64_t, std::string> names;
    auto stored_name = [&](int64_t id, std::string* name) -> Status {
      auto it = names.find(id);
      if (it == names.end()) {
        std::string n;
        WF_RETURN_IF_ERROR(ActorName(id, &n));
        it = names.emplace(id, std::move(n)).first;
      }
      if (!it->second.empty()) *name = it->second;
      return Status::OK();
    };
    for (size_t k = 0; k < stored.size(); ++k) {
      Claim& c = stored[k];
      const auto& ids = fresh_actors[c.id];
      for (size_t i = 0; i < c.actors.size() && i < ids.size(); ++i)
        WF_RETURN_IF_ERROR(stored_name(ids[i].first, &c.actors[i].name));
      if (!c.attribution) continue;
      const auto& [said_by, cited] = credited[k];
      if (said_by) WF_RETURN_IF_ERROR(stored_name(*said_by, &c.attribution->said_by));
      if (cited) WF_RETURN_IF_ERROR(stored_name(*cited, &c.attribution->cited_source));
    }
  }
  w->claims += static_cast<int>(stored.size());
  w->sentence_base += static_cast<int>(sentences.size());

  // Relations (none for a cancellation: its claims are retracted).
  if (reconcile && !stored.empty() && !w->canceled) {
    std::vector<Relation> found;
    WF_RETURN_IF_ERROR(reconcile(stored, self, &found));
    std::set<int64_t> fresh;
    for (const Claim& c : stored) fresh.insert(c.id);
    SqliteStmt* rel = nullptr;
    WF_RETURN_IF_ERROR(
        Stmt("INSERT OR IGNORE INTO relations(kind, claim_a, claim_b, reason_code, reason,"
             " independent, score) VALUES (?, ?, ?, ?, ?, ?, ?)",
             &rel));
    for (const Relation& r : found) {
      int64_t a = r.a.id, b = r.b.id;
      if (fresh.count(a) && !fresh.count(b)) std::swap(a, b);  // a: the stored one
      if (a <= 0 || b <= 0 || a == b) {
        return Status::InvalidArgument("reconciler returned a relation without two claim ids");
      }
      WF_RETURN_IF_ERROR(KnownKind(RelationKindName(r.kind), "relation"));
      WF_RETURN_IF_ERROR(rel->ResetAndBind(RelationKindName(r.kind), a, b, r.reason_code, r.reason,
                                           r.independent, r.score));
      WF_RETURN_IF_ERROR(rel->Run());
      w->relations += db->Changes();
    }
  }
  return Status::OK();
}

Status ClaimStore::Impl::RetractIfCanceled(const StoryWrite& w) {
  if (!w.canceled) return Status::OK();  // a cancellation of a story not stored before
  ForgetStory(w.story_id);
  SqliteStmt* retract = nullptr;
  WF_RETURN_IF_ERROR(Stmt("UPDATE claims SET retracted = 1 WHERE story_id = ?", &retract));
  WF_RETURN_IF_ERROR(retract->ResetAndBind(w.story_id));
  return retract->Run();
}

Status ClaimStore::Impl::StoreInTransaction(const AnalyzedStory& in, ClaimStore* self,
                                            const ReconcileFn& reconcile, StoreResult* result) {
  Story story = in.story;
  const std::string hash = BodyHash(story.body);
  int64_t old_id = 0;
  std::string received_uri;
  bool done = false;
  WF_RETURN_IF_ERROR(Decide(&story, hash, in.input_key, /*streamed=*/false, result, &old_id,
                            &received_uri, &done));
  if (done) return Status::OK();

  StoryWrite w;
  WF_RETURN_IF_ERROR(InsertStory(story, story.body, hash, in.input_key,
                                 static_cast<int64_t>(in.claims.size()), old_id, received_uri, &w));
  WF_RETURN_IF_ERROR(WriteRelays(in.relays, &w));
  const std::string& text = in.normalized.text.empty() ? story.body : in.normalized.text;
  WF_RETURN_IF_ERROR(WritePart(in, in.claims, text, self, reconcile, &w));
  WF_RETURN_IF_ERROR(RetractIfCanceled(w));

  result->outcome = w.canceled    ? StoreOutcome::kRetracted
                    : old_id != 0 ? StoreOutcome::kSuperseded
                                  : StoreOutcome::kStored;
  result->story_id = w.story_id;
  result->claims = w.claims;
  result->relations = w.relations;
  return Status::OK();
}

// --- Streaming --------------------------------------------------------------------

Status ClaimStore::BeginStory(const Story& in, StoreResult* result, bool* analyse) {
  *analyse = false;
  *result = StoreResult();
  if (in.uri.empty()) return Status::InvalidArgument("story has no uri");
  if (impl_->stream) return Status::InvalidArgument("a streamed story is already open");
  auto stream = std::make_unique<Impl::Stream>();
  if (impl_->batch) {
    stream->savepoint = std::make_unique<SqliteSavepoint>(impl_->db.get());
    WF_RETURN_IF_ERROR(stream->savepoint->Begin());
  } else {
    stream->txn = std::make_unique<SqliteTransaction>(impl_->db.get());
    WF_RETURN_IF_ERROR(stream->txn->Begin());
    impl_->fts_after = -1;
  }
  // The story's metadata; the body only for what Decide reads of it (blank
  // or not), not copied.
  Story story;
  story.uri = in.uri;
  story.source = in.source;
  story.headline = in.headline;
  story.published = in.published;
  story.version = in.version;
  story.pubstatus = in.pubstatus;
  story.located = in.located;
  if (!IsBlankBody(in.body)) story.body = " x";
  const std::string hash = "in:" + std::to_string(in.body.size()) + ":" + BodyHash(in.body);
  int64_t old_id = 0;
  std::string received_uri;
  bool done = false;
  WF_RETURN_IF_ERROR(impl_->Decide(&story, hash, /*input_key=*/"", /*streamed=*/true, result,
                                   &old_id, &received_uri, &done));
  if (done) {
    if (stream->savepoint) WF_RETURN_IF_ERROR(stream->savepoint->Release());
    if (stream->txn) WF_RETURN_IF_ERROR(stream->txn->Commit());
    return Status::OK();
  }
  WF_RETURN_IF_ERROR(
      impl_->InsertStory(story, "", hash, /*input_key=*/"", 0, old_id, received_uri, &stream->w));
  // A huge story's transaction spills its dirty pages to the WAL rather
  // than growing the page cache: a smaller cache while it is open.
  stream->db = impl_->db.get();
  WF_RETURN_IF_ERROR(impl_->db->Exec("PRAGMA cache_size = -8192"));
  WF_RETURN_IF_ERROR(stream->spool.Open().WithContext("story body"));
  result->outcome = stream->w.canceled ? StoreOutcome::kRetracted
                    : old_id != 0      ? StoreOutcome::kSuperseded
                                       : StoreOutcome::kStored;
  result->story_id = stream->w.story_id;
  stream->result = *result;
  impl_->stream = std::move(stream);
  *analyse = true;
  return Status::OK();
}

Status ClaimStore::AddSegment(AnalyzedStory* segment, const ReconcileFn& reconcile) {
  Impl::Stream* st = impl_->stream.get();
  if (!st) return Status::InvalidArgument("no streamed story is open");
  AnalyzedStory& part = *segment;
  Status s = [&]() -> Status {
    if (!st->any) WF_RETURN_IF_ERROR(impl_->WriteRelays(part.relays, &st->w));
    const std::string& text = part.story.body;
    // Segments join with "\n" (Analyzer::AnalyzeSegments).
    if (st->any) st->w.cp_shift += 1;
    if (st->any) WF_RETURN_IF_ERROR(st->spool.Append("\n").WithContext("story body"));
    WF_RETURN_IF_ERROR(st->spool.Append(text).WithContext("story body"));
    st->any = true;
    // The claims are moved, not copied: a segment's are tens of MB.
    WF_RETURN_IF_ERROR(
        impl_->WritePart(part, std::move(part.claims), text, this, reconcile, &st->w));
    // A huge story's sentences reach sentences_fts segment by segment, so
    // one statement's work (and journal) stays the size of a segment.
    WF_RETURN_IF_ERROR(impl_->IndexSentences());
    st->w.cp_shift += CodepointCount(text);
    return Status::OK();
  }();
  if (!s.ok()) impl_->stream.reset();  // rolls the story back
  return s;
}

Status ClaimStore::FinishStory(StoreResult* result) {
  std::unique_ptr<Impl::Stream> st = std::move(impl_->stream);
  if (!st) return Status::InvalidArgument("no streamed story is open");
  if (!st->any) return Status::InvalidInput("empty story");
  WF_RETURN_IF_ERROR(impl_->RetractIfCanceled(st->w));
#ifdef __GLIBC__
  // The analysis' freed memory goes back to the system before SQLite builds
  // the row (a copy of the whole body).
  malloc_trim(0);
#endif
  // The body, mapped from the spool and bound without a copy: while SQLite
  // copies it into the row, its pages are handed back (Spool), so the row is
  // the only whole copy in memory.
  std::string_view body;
  WF_RETURN_IF_ERROR(st->spool.Map(&body).WithContext("story body"));
  SqliteStmt* upd = nullptr;
  WF_RETURN_IF_ERROR(
      impl_->Stmt("UPDATE stories SET body = ?1, claim_count = ?2 WHERE id = ?3", &upd));
  upd->Reset();
  WF_RETURN_IF_ERROR(upd->BindStatic(1, body));
  WF_RETURN_IF_ERROR(upd->Bind(2, static_cast<int64_t>(st->w.claims)));
  WF_RETURN_IF_ERROR(upd->Bind(3, st->w.story_id));
  Status s = st->spool.WhileReleasing([&] { return upd->Run(); });
  upd->Reset();
  WF_RETURN_IF_ERROR(s);
  if (st->savepoint) WF_RETURN_IF_ERROR(st->savepoint->Release());
  if (st->txn) {
    WF_RETURN_IF_ERROR(impl_->IndexSentences());
    WF_RETURN_IF_ERROR(st->txn->Commit());
  }
  *result = st->result;
  result->claims = st->w.claims;
  result->relations = st->w.relations;
  return Status::OK();
}

Status ClaimStore::SetMemoryMapLimit(int64_t bytes) {
  return impl_->db->Exec("PRAGMA mmap_size = " + std::to_string(std::max<int64_t>(0, bytes)));
}

void ClaimStore::AbortStory() { impl_->stream.reset(); }

bool ClaimStore::InStory() const { return impl_->stream != nullptr; }

// --- Reading ------------------------------------------------------------------------

Status ClaimStore::ListStories(std::vector<Story>* out) {
  out->clear();
  return ForEachStory(/*with_body=*/true, [&](Story&& s) {
    out->push_back(std::move(s));
    return Status::OK();
  });
}

Status ClaimStore::ForEachStory(bool with_body, const std::function<Status(Story&&)>& on_story) {
  SqliteStmt* st = nullptr;
  WF_RETURN_IF_ERROR(impl_->Stmt(
      with_body ? "SELECT id, uri, source, headline, published, version, pubstatus, located, body"
                  " FROM stories WHERE superseded_by IS NULL ORDER BY id"
                : "SELECT id, uri, source, headline, published, version, pubstatus, located, ''"
                  " FROM stories WHERE superseded_by IS NULL ORDER BY id",
      &st));
  st->Reset();
  for (;;) {
    bool row = false;
    Status s = st->Step(&row);
    if (!s.ok() || !row) {
      st->Reset();
      return s;
    }
    Story story;
    story.id = st->Int(0);
    story.uri = st->Text(1);
    story.source = st->Text(2);
    story.headline = st->Text(3);
    story.published = st->Text(4);
    story.version = st->Text(5);
    story.pubstatus = st->Text(6);
    story.located = st->Text(7);
    story.body = st->Text(8);
    s = on_story(std::move(story));
    if (!s.ok()) {
      st->Reset();
      return s;
    }
  }
}

Status ClaimStore::ReadStoryBody(int64_t story_id,
                                 const std::function<Status(std::string_view)>& on_piece) {
  // Each piece read is handed over up to its last whole UTF-8 sequence; a
  // cut one waits for the next piece.
  std::string carry;
  WF_RETURN_IF_ERROR(
      impl_->db->ReadBlob("stories", "body", story_id, 1 << 20, [&](std::string_view read) {
        carry.append(read);
        size_t end = carry.size(), lead = end;
        while (lead > 0 && end - lead < 3 &&
               (static_cast<unsigned char>(carry[lead - 1]) & 0xC0) == 0x80)
          --lead;
        if (lead > 0) {
          const unsigned char c = static_cast<unsigned char>(carry[lead - 1]);
          const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
          if (end - (lead - 1) < len) end = lead - 1;
        }
        Status s = on_piece(std::string_view(carry.data(), end));
        carry.erase(0, end);
        return s;
      }));
  return carry.empty() ? Status::OK() : on_piece(carry);  // a body cut short: as stored
}

namespace {

// Plain words as an FTS5 query: each token quoted, all required.
std::string QuoteFtsQuery(std::string_view text) {
  std::string q;
  for (const std::string& token : NameTokens(text)) {
    std::string quoted = "\"";
    for (char ch : token) {
      if (ch == '"') quoted += '"';
      quoted += ch;
    }
    quoted += '"';
    if (!q.empty()) q += ' ';
    q += quoted;
  }
  return q;
}

}  // namespace

Status ClaimStore::ListClaims(const ClaimFilter& filter, std::vector<Claim>* out) {
  out->clear();
  return ForEachClaim(filter, [&](Claim&& c) {
    out->push_back(std::move(c));
    return Status::OK();
  });
}

Status ClaimStore::ForEachClaim(const ClaimFilter& filter,
                                const std::function<Status(Claim&&)>& on_claim) {
  std::string sql = "SELECT c.id FROM claims c";
  std::vector<std::string> where;
  if (!filter.story_uri.empty()) {
    sql += " JOIN stories s ON s.id = c.story_id";
    where.push_back("s.uri = ?1");
  }
  if (filter.kind) where.push_back("c.kind = ?2");
  if (!filter.include_superseded) where.push_back("c.superseded = 0");
  if (!filter.include_retracted) where.push_back("c.retracted = 0");
  std::vector<int64_t> actor_ids;
  if (!filter.actor.empty()) {
    WF_RETURN_IF_ERROR(impl_->ActorIdsForReader(filter.actor, &actor_ids));
    if (actor_ids.empty()) return Status::OK();
    std::string in;
    for (int64_t id : actor_ids) in += (in.empty() ? "" : ", ") + std::to_string(id);
    where.push_back("(c.id IN (SELECT claim_id FROM claim_actors WHERE actor_id IN (" + in +
                    ")) OR c.id IN (SELECT claim_id FROM attributions WHERE said_by_actor_id IN (" +
                    in + ")))");
  }
  if (!filter.search.empty()) {
    where.push_back(
        "c.id IN (SELECT c2.id FROM sentences_fts f JOIN sentences se ON se.id = f.rowid"
        " JOIN claims c2 ON c2.story_id = se.story_id AND c2.sentence_idx = se.idx"
        " WHERE sentences_fts MATCH ?3)");
  }
  for (size_t i = 0; i < where.size(); ++i) sql += (i == 0 ? " WHERE " : " AND ") + where[i];
  sql += " ORDER BY c.id LIMIT ?4";

  auto run = [&](const std::string& search, std::vector<int64_t>* ids) -> Status {
    SqliteStmt* st = nullptr;
    WF_RETURN_IF_ERROR(impl_->Stmt(sql, &st));
    st->Reset();
    if (!filter.story_uri.empty()) WF_RETURN_IF_ERROR(st->Bind(1, filter.story_uri));
    if (filter.kind) WF_RETURN_IF_ERROR(st->Bind(2, ClaimKindName(*filter.kind)));
    if (!filter.search.empty()) WF_RETURN_IF_ERROR(st->Bind(3, search));
    WF_RETURN_IF_ERROR(st->Bind(4, filter.limit < 0 ? int64_t{-1} : filter.limit));
    return impl_->CollectIds(st, ids);
  };
  std::vector<int64_t> ids;
  Status s = run(filter.search, &ids);
  if (!s.ok() && !filter.search.empty()) {
    // Not valid FTS5 syntax ("U.S."): search for the plain words instead.
    ids.clear();
    s = run(QuoteFtsQuery(filter.search), &ids);
  }
  WF_RETURN_IF_ERROR(s);
  // Loaded a few hundred at a time: the ids are 8 bytes a claim, a loaded
  // claim with its sentence and actors a kilobyte or more.
  constexpr size_t kChunk = 512;
  std::vector<Claim> chunk;
  for (size_t at = 0; at < ids.size(); at += kChunk) {
    chunk.clear();
    WF_RETURN_IF_ERROR(impl_->LoadClaims(
        std::vector<int64_t>(ids.begin() + at, ids.begin() + std::min(ids.size(), at + kChunk)),
        &chunk));
    for (Claim& c : chunk) WF_RETURN_IF_ERROR(on_claim(std::move(c)));
  }
  return Status::OK();
}

Status ClaimStore::ListActors(std::vector<Actor>* out) {
  out->clear();
  SqliteStmt* st = nullptr;
  WF_RETURN_IF_ERROR(
      impl_->Stmt("SELECT a.id, a.name, a.kind, a.title,"
                  " (SELECT count(*) FROM mentions m JOIN stories s ON s.id = m.story_id"
                  "   WHERE m.actor_id = a.id AND s.superseded_by IS NULL) AS n"
                  " FROM actors a ORDER BY n DESC, a.name, a.id",
                  &st));
  st->Reset();
  WF_RETURN_IF_ERROR(st->ForEachRow([&] {
    Actor a;
    a.id = st->Int(0);
    a.name = st->Text(1);
    ParseActorKind(st->Text(2), &a.kind);
    a.title = st->Text(3);
    a.mentions = static_cast<int>(st->Int(4));
    out->push_back(std::move(a));
  }));
  SqliteStmt* aliases = nullptr;
  WF_RETURN_IF_ERROR(
      impl_->Stmt("SELECT alias FROM actor_aliases WHERE actor_id = ? GROUP BY alias "
                  "ORDER BY min(rowid)",  // a hyphenated form is filed under two keys
                  &aliases));
  for (Actor& a : *out) {
    WF_RETURN_IF_ERROR(aliases->ResetAndBind(a.id));
    WF_RETURN_IF_ERROR(aliases->ForEachRow([&] { a.aliases.push_back(aliases->Text(0)); }));
  }
  return Status::OK();
}

Status ClaimStore::ListRelations(const RelationFilter& filter, std::vector<Relation>* out) {
  out->clear();
  return ForEachRelation(filter, [&](Relation&& r) {
    out->push_back(std::move(r));
    return Status::OK();
  });
}

Status ClaimStore::ForEachRelation(const RelationFilter& filter,
                                   const std::function<Status(Relation&&)>& on_relation) {
  // Each claim-level filter is a set of claim ids; a relation passes when
  // claim_a or claim_b is in it.
  std::vector<std::string> where;
  auto either = [&](const std::string& claim_ids) {
    where.push_back("(r.claim_a IN (" + claim_ids + ") OR r.claim_b IN (" + claim_ids + "))");
  };
  if (filter.kind) where.push_back("r.kind = ?1");
  if (filter.id > 0) where.push_back("r.id = ?2");
  if (filter.independent_only) where.push_back("r.independent = 1");
  if (!filter.include_retracted) {
    where.push_back(
        "(SELECT retracted FROM claims WHERE id = r.claim_a) = 0"
        " AND (SELECT retracted FROM claims WHERE id = r.claim_b) = 0");
  }
  if (!filter.actor.empty()) {
    std::vector<int64_t> actor_ids;
    WF_RETURN_IF_ERROR(impl_->ActorIdsForReader(filter.actor, &actor_ids));
    if (actor_ids.empty()) return Status::OK();
    std::string in;
    for (int64_t id : actor_ids) in += (in.empty() ? "" : ", ") + std::to_string(id);
    either("SELECT claim_id FROM claim_actors WHERE actor_id IN (" + in +
           ") UNION SELECT claim_id FROM attributions WHERE said_by_actor_id IN (" + in + ")");
  }
  if (!filter.source.empty())
    either(
        "SELECT c.id FROM claims c JOIN stories s ON s.id = c.story_id"
        " WHERE s.source = ?3 COLLATE NOCASE");
  if (!filter.since.empty() || !filter.until.empty()) {
    // A claim's period: its time, else its own date value, else the day its
    // story was published. ISO dates compare as text.
    const std::string period_start =
        "COALESCE(NULLIF(c.time_start, ''), NULLIF(c.date_start, ''), substr(s.published, 1, 10))";
    const std::string period_end =
        "COALESCE(NULLIF(c.time_end, ''), NULLIF(c.date_end, ''), substr(s.published, 1, 10))";
    either("SELECT c.id FROM claims c JOIN stories s ON s.id = c.story_id WHERE (?4 = '' OR " +
           period_end + " >= ?4) AND (?5 = '' OR " + period_start + " <= ?5)");
  }
  // The ids first (8 bytes a relation), then each relation with its two
  // claims, handed over one by one.
  std::string sql = "SELECT r.id FROM relations r";
  for (size_t i = 0; i < where.size(); ++i) sql += (i == 0 ? " WHERE " : " AND ") + where[i];
  sql += " ORDER BY r.id LIMIT ?6";

  SqliteStmt* st = nullptr;
  WF_RETURN_IF_ERROR(impl_->Stmt(sql, &st));
  st->Reset();
  if (filter.kind) WF_RETURN_IF_ERROR(st->Bind(1, RelationKindName(*filter.kind)));
  if (filter.id > 0) WF_RETURN_IF_ERROR(st->Bind(2, filter.id));
  if (!filter.source.empty()) WF_RETURN_IF_ERROR(st->Bind(3, filter.source));
  if (!filter.since.empty() || !filter.until.empty()) {
    WF_RETURN_IF_ERROR(st->Bind(4, filter.since));
    WF_RETURN_IF_ERROR(st->Bind(5, filter.until));
  }
  WF_RETURN_IF_ERROR(st->Bind(6, filter.limit < 0 ? int64_t{-1} : filter.limit));
  std::vector<int64_t> ids;
  WF_RETURN_IF_ERROR(impl_->CollectIds(st, &ids));
  SqliteStmt* row = nullptr;
  WF_RETURN_IF_ERROR(
      impl_->Stmt("SELECT id, kind, claim_a, claim_b, reason_code, reason, independent, score"
                  " FROM relations WHERE id = ?1",
                  &row));
  // Where a figure first appeared: the earliest story among the claim and
  // the live claims that corroborate it (one hop: corroborations are stored
  // between every pair of candidates, so the earliest is usually a direct
  // neighbour). Index seeks on relations(claim_a, ...) and relations_claim_b.
  SqliteStmt* first = nullptr;
  WF_RETURN_IF_ERROR(impl_->Stmt(
      "SELECT s.id, s.uri, s.source, s.published, s.headline"
      " FROM claims c JOIN stories s ON s.id = c.story_id"
      " WHERE c.id = ?1 OR (c.retracted = 0 AND c.id IN ("
      "   SELECT claim_b FROM relations WHERE claim_a = ?1 AND kind = 'corroborates'"
      "   UNION SELECT claim_a FROM relations WHERE claim_b = ?1 AND kind = 'corroborates'))"
      " ORDER BY s.published, s.id LIMIT 1",
      &first));
  auto first_report = [&](int64_t claim_id, StoryRef* story) -> Status {
    first->Reset();
    WF_RETURN_IF_ERROR(first->Bind(1, claim_id));
    return first->ForEachRow([&] {
      story->id = first->Int(0);
      story->uri = first->Text(1);
      story->source = first->Text(2);
      story->published = first->Text(3);
      story->headline = first->Text(4);
    });
  };
  for (int64_t id : ids) {
    Relation r;
    WF_RETURN_IF_ERROR(row->ResetAndBind(id));
    WF_RETURN_IF_ERROR(row->ForEachRow([&] {
      r.id = row->Int(0);
      ParseRelationKind(row->Text(1), &r.kind);
      r.a.id = row->Int(2);
      r.b.id = row->Int(3);
      r.reason_code = row->Text(4);
      r.reason = row->Text(5);
      r.independent = row->Int(6) != 0;
      r.score = row->Double(7);
    }));
    if (r.id == 0) continue;  // gone since the ids were read
    WF_RETURN_IF_ERROR(impl_->LoadClaim(r.a.id, &r.a));
    WF_RETURN_IF_ERROR(impl_->LoadClaim(r.b.id, &r.b));
    WF_RETURN_IF_ERROR(first_report(r.a.id, &r.a_first));
    WF_RETURN_IF_ERROR(first_report(r.b.id, &r.b_first));
    WF_RETURN_IF_ERROR(on_relation(std::move(r)));
  }
  return Status::OK();
}

Status ClaimStore::FindCandidates(const Claim& claim, std::vector<Claim>* out) {
  // Blocking through claim_blocks (schema/003_claim_blocks.sql): for each
  // actor of the claim it relates through, the stored claims of the same
  // block that name that actor, newest first -- index seeks whose cost
  // follows the number of candidates, not the size of the database. As
  // before, only claims among the newest kWindow of their bucket (figures)
  // or of the person's claims (times) are considered: each window is a
  // lower bound on the claim id, read from a covering index.
  const BlockKey key = BlockKeyOf(claim);
  if (!key.blocked) return Status::OK();
  const bool figure = IsFigure(claim.kind);
  const int64_t story_id = claim.story.id;

  // Claims of the claim's own story are never candidates. When that story
  // is the one being stored (its claims are the newest, inserted in one
  // transaction: Impl::writing_*), every other claim has a smaller id than
  // its first: an upper bound on the id lets the index scans below skip the
  // story's own claims instead of filtering them one by one -- a huge
  // story's claims share actors by the hundred thousand.
  int64_t below = std::numeric_limits<int64_t>::max();
  if (story_id > 0 && story_id == impl_->writing_story && impl_->writing_first_claim > 0)
    below = impl_->writing_first_claim;

  // The actors the claim relates through, as the query below gives them.
  std::vector<int64_t> actors;
  SqliteStmt* st = nullptr;
  if (auto fresh = impl_->fresh_actors.find(claim.id); fresh != impl_->fresh_actors.end()) {
    for (const auto& [id, kind] : fresh->second)
      if (BlocksThrough(claim.kind, kind)) actors.push_back(id);
    std::sort(actors.begin(), actors.end());
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
  } else {
    WF_RETURN_IF_ERROR(impl_->Stmt(
        "SELECT DISTINCT ca.actor_id FROM claim_actors ca JOIN actors a ON a.id = ca.actor_id"
        " WHERE ca.claim_id = ?1 AND (CASE WHEN ?2 THEN a.kind <> 'place' ELSE a.kind = 'person'"
        " END) ORDER BY ca.actor_id",
        &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(claim.id, figure));
    WF_RETURN_IF_ERROR(impl_->CollectIds(st, &actors));
  }

  // The id of the oldest claim in the window, 0 when the window is not full.
  auto window_start = [&](SqliteStmt* window, int64_t* start) -> Status {
    bool row = false;
    WF_RETURN_IF_ERROR(window->Step(&row));
    *start = row ? window->Int(0) : 0;
    window->Reset();
    return Status::OK();
  };

  std::vector<int64_t> ids, found;
  if (figure) {
    const double lo = claim.value.low ? *claim.value.low : *claim.value.high;
    const double hi = claim.value.high ? *claim.value.high : *claim.value.low;
    const double f = kCandidateValueFactor;
    const double lo_bound = lo >= 0 ? lo / f : lo * f, hi_bound = hi >= 0 ? hi * f : hi / f;
    // Then the finer filters: a stated value within kCandidateValueFactor,
    // another story, not superseded or retracted.
    SqliteStmt* by_actor = nullptr;
    WF_RETURN_IF_ERROR(impl_->Stmt(
        "SELECT b.claim_id FROM claim_blocks b JOIN claims c ON c.id = b.claim_id"
        " WHERE b.actor_id = ?1 AND b.kind = ?2 AND b.unit = ?3 AND b.measure = ?4"
        " AND b.aspect = ?5 AND b.value_bucket = ?6 AND c.superseded = 0 AND c.story_id <> ?7"
        " AND c.retracted = 0 AND (c.low IS NULL OR c.low <= ?9) AND (c.high IS NULL OR c.high >= "
        "?8) AND b.claim_id < ?11"
        " ORDER BY b.claim_id DESC LIMIT ?10",
        &by_actor));
    SqliteStmt* window = nullptr;
    WF_RETURN_IF_ERROR(impl_->Stmt(
        "SELECT id FROM claims WHERE kind = ?1 AND unit = ?2 AND measure = ?3 AND aspect = ?4"
        " AND value_bucket = ?5 AND superseded = 0 ORDER BY id DESC LIMIT 1 OFFSET ?6",
        &window));
    // Buckets within two binary orders of magnitude.
    for (int64_t b = key.bucket - 2; b <= key.bucket + 2; ++b) {
      found.clear();
      for (int64_t actor : actors) {
        WF_RETURN_IF_ERROR(by_actor->ForEachRowWith(
            [&] { found.push_back(by_actor->Int(0)); }, actor, key.kind, key.unit, key.measure,
            key.aspect, b, story_id, lo_bound, hi_bound, kMaxCandidates, below));
      }
      if (found.empty()) continue;
      int64_t start = 0;
      WF_RETURN_IF_ERROR(
          window->ResetAndBind(key.kind, key.unit, key.measure, key.aspect, b, kWindow - 1));
      WF_RETURN_IF_ERROR(window_start(window, &start));
      for (int64_t id : found)
        if (id >= start) ids.push_back(id);
    }
    // The claims of the version this story replaced (corrections).
    WF_RETURN_IF_ERROR(
        impl_->Stmt("SELECT c.id FROM stories s JOIN claims c ON c.story_id = s.id"
                    " WHERE s.superseded_by = ?1 AND c.kind = ?2 AND c.unit = ?3 AND c.measure = ?4"
                    " AND c.retracted = 0",
                    &st));
    WF_RETURN_IF_ERROR(st->ResetAndBind(story_id, key.kind, key.unit, claim.measure));
    WF_RETURN_IF_ERROR(impl_->CollectIds(st, &ids));
  } else {
    // Dates and durations: claims of the same kind naming one of the same
    // people (the reconciler relates times only for events of named people),
    // among the newest kWindow claims naming that person; of the current
    // versions, or of the version this story replaced.
    SqliteStmt* by_person = nullptr;
    WF_RETURN_IF_ERROR(impl_->Stmt(
        "SELECT b.claim_id FROM claim_blocks b JOIN claims c ON c.id = b.claim_id"
        " WHERE b.actor_id = ?1 AND b.kind = ?2 AND b.unit = '' AND b.measure = ''"
        " AND b.aspect = '' AND b.value_bucket = 0 AND c.story_id <> ?3 AND c.retracted = 0"
        " AND b.claim_id < ?5"
        " AND (c.superseded = 0 OR c.story_id IN (SELECT id FROM stories WHERE superseded_by = "
        "?3)) ORDER BY b.claim_id DESC LIMIT ?4",
        &by_person));
    SqliteStmt* window = nullptr;
    WF_RETURN_IF_ERROR(
        impl_->Stmt("SELECT claim_id FROM claim_actors WHERE actor_id = ?1 ORDER BY claim_id DESC"
                    " LIMIT 1 OFFSET ?2",
                    &window));
    for (int64_t actor : actors) {
      found.clear();
      WF_RETURN_IF_ERROR(by_person->ResetAndBind(actor, key.kind, story_id, kMaxCandidates, below));
      WF_RETURN_IF_ERROR(impl_->CollectIds(by_person, &found));
      if (found.empty()) continue;
      int64_t start = 0;
      WF_RETURN_IF_ERROR(window->ResetAndBind(actor, kWindow - 1));
      WF_RETURN_IF_ERROR(window_start(window, &start));
      for (int64_t id : found)
        if (id >= start) ids.push_back(id);
    }
  }
  std::sort(ids.begin(), ids.end(), std::greater<>());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.size() > static_cast<size_t>(kMaxCandidates)) ids.resize(kMaxCandidates);
  return impl_->LoadCandidates(ids, out);
}

}  // namespace wirefacts

// KeyTable: the hash tables of the actor and title lexicons -- filled once
// when rules are loaded, then looked up for every token of every story.
//
// Open addressing over a power-of-two array of slots (linear probing, at
// most half full): a lookup hashes the key once and compares hashes before
// bytes, without the division per bucket step of std::unordered_map (whose
// prime bucket counts cost a division for every node it visits; lookups of
// the actor tables were some 10% of extraction). Each slot is 8 bytes: 32
// bits of the key's hash (the bits the slot index does not use) and the
// entry's index, so a probe past another key -- and a miss, the usual
// answer for a story's tokens -- reads the slot array only. Keys are stored
// back to back in one buffer and looked up as string_views, no key string
// built; a hit reads its key there and its value through a pointer array
// (no deque index arithmetic). Before hashing, a lookup checks the key's
// first two bytes against a bitmap of those of the keys held: most tokens
// a story looks up are in no table, and most of them are turned away there.
// Values live in a deque: a reference from operator[] stays valid while
// other keys are added.
#ifndef WIREFACTS_EXTRACTORS_ACTOR_KEY_TABLE_H_
#define WIREFACTS_EXTRACTORS_ACTOR_KEY_TABLE_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wirefacts {

template <typename V>
class KeyTable {
 public:
  // The value of `key`, inserted value-initialised when absent.
  V& operator[](std::string_view key) {
    const uint64_t h = Hash(key);
    if (!slots_.empty()) {
      if (const SlotEntry* s = Slot(key, h); s->entry != 0) return *values_[s->entry - 1];
    }
    if ((values_.size() + 1) * 2 > slots_.size()) Grow();
    if (starts_.empty()) starts_.resize(kStarts / 64);
    const size_t start = Start(key);
    starts_[start / 64] |= uint64_t{1} << (start % 64);
    key_spans_.emplace_back(keys_.size(), key.size());
    keys_.append(key);
    hashes_.push_back(h);
    storage_.emplace_back();
    values_.push_back(&storage_.back());
    *Slot(key, h) = {Tag(h), static_cast<uint32_t>(values_.size())};
    return storage_.back();
  }

  // The value of `key`, or nullptr.
  const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const size_t start = Start(key);
    if (!(starts_[start / 64] >> (start % 64) & 1)) return nullptr;
    const uint32_t e = Slot(key, Hash(key))->entry;
    return e == 0 ? nullptr : values_[e - 1];
  }

  size_t count(std::string_view key) const { return Find(key) != nullptr ? 1 : 0; }
  size_t size() const { return values_.size(); }

 private:
  struct SlotEntry {
    uint32_t tag = 0;    // Tag() of the key's hash
    uint32_t entry = 0;  // index in values_ + 1; 0: empty
  };

  static uint64_t Hash(std::string_view s) {
    uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
  }
  // The first two bytes of a key (a missing byte as 0), as an index into
  // starts_.
  static constexpr size_t kStarts = size_t{1} << 16;
  static size_t Start(std::string_view key) {
    const size_t a = key.empty() ? 0 : static_cast<unsigned char>(key[0]);
    const size_t b = key.size() < 2 ? 0 : static_cast<unsigned char>(key[1]);
    return a << 8 | b;
  }

  // The high half of the hash: slot indexes take the low bits.
  static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>(h >> 32); }

  std::string_view KeyOf(uint32_t e) const {
    return std::string_view(keys_).substr(key_spans_[e].first, key_spans_[e].second);
  }

  // The slot of `key`, or the empty slot where it would go.
  SlotEntry* Slot(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = Tag(h);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const SlotEntry& s = slots_[i];
      if (s.entry == 0 || (s.tag == tag && KeyOf(s.entry - 1) == key))
        return const_cast<SlotEntry*>(&s);
    }
  }

  void Grow() {
    std::vector<SlotEntry> slots(slots_.empty() ? 16 : slots_.size() * 2);
    const size_t mask = slots.size() - 1;
    for (size_t e = 0; e < hashes_.size(); ++e) {
      size_t i = hashes_[e] & mask;
      while (slots[i].entry != 0) i = (i + 1) & mask;
      slots[i] = {Tag(hashes_[e]), static_cast<uint32_t>(e + 1)};
    }
    slots_ = std::move(slots);
  }

  std::vector<SlotEntry> slots_;
  std::vector<uint64_t> starts_;                      // bit Start(k) set for every key k held
  std::string keys_;                                  // every key, back to back
  std::vector<std::pair<size_t, size_t>> key_spans_;  // offset, length in keys_
  std::vector<uint64_t> hashes_;                      // full hashes, for Grow()
  std::deque<V> storage_;
  std::vector<V*> values_;  // into storage_, by entry
};

// A set of keys.
class KeySet {
 public:
  void insert(std::string_view key) { table_[key] = true; }
  size_t count(std::string_view key) const { return table_.count(key); }
  size_t size() const { return table_.size(); }

 private:
  KeyTable<bool> table_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_ACTOR_KEY_TABLE_H_

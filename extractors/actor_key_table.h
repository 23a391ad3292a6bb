// KeyTable: the hash tables of the actor and title lexicons -- filled once
// when rules are loaded, then looked up for every token of every story.
//
// Open addressing over a power-of-two array of slots (linear probing, at
// most half full), each slot holding the key's hash and the index of its
// entry: a lookup hashes the key once and compares hashes before bytes,
// without the division per bucket step of std::unordered_map (whose prime
// bucket counts cost a division for every node it visits; lookups of the
// actor tables were some 10% of extraction). Keys are looked up as
// string_views, no key string built. Entries live in a deque: a reference
// from operator[] stays valid while other keys are added.
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
      if (const size_t* e = Slot(key, h); *e != 0) return entries_[*e - 1].second;
    }
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    entries_.emplace_back(std::string(key), V());
    *Slot(key, h) = entries_.size();
    hashes_.push_back(h);
    return entries_.back().second;
  }

  // The value of `key`, or nullptr.
  const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const size_t e = *Slot(key, Hash(key));
    return e == 0 ? nullptr : &entries_[e - 1].second;
  }

  size_t count(std::string_view key) const { return Find(key) != nullptr ? 1 : 0; }
  size_t size() const { return entries_.size(); }

 private:
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
  }

  // The slot of `key` (its entry index + 1), or the empty slot (0) where it
  // would go.
  size_t* Slot(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const size_t e = slots_[i];
      if (e == 0 || (hashes_[e - 1] == h && entries_[e - 1].first == key))
        return const_cast<size_t*>(&slots_[i]);
    }
  }

  void Grow() {
    std::vector<size_t> slots(slots_.empty() ? 16 : slots_.size() * 2, 0);
    const size_t mask = slots.size() - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      size_t i = hashes_[e] & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = e + 1;
    }
    slots_ = std::move(slots);
  }

  std::vector<size_t> slots_;
  std::vector<uint64_t> hashes_;  // of entries_, by index
  std::deque<std::pair<std::string, V>> entries_;
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

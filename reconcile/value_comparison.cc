#include "reconcile/value_comparison.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>

#include "reconcile/tolerances.h"

namespace wirefacts {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

enum class Shape { kPoint, kAtLeast, kAtMost, kRange };

Shape ShapeOf(const Value& v) {
  if (v.low && v.high) return *v.low == *v.high ? Shape::kPoint : Shape::kRange;
  if (v.low) return Shape::kAtLeast;
  return Shape::kAtMost;
}

// The interval a stated figure allows, given rounding and "about".
void Implied(const Value& v, double* lo, double* hi) {
  *lo = v.low ? *v.low : -kInf;
  *hi = v.high ? *v.high : kInf;
  if (ShapeOf(v) == Shape::kPoint) {
    const double x = *v.low;
    double half = std::min(v.resolution / 2, std::fabs(x) * tolerance::kRoundingCap) +
                  std::fabs(x) * tolerance::kRelativeSlack;
    if (v.approx) half = std::max(half, std::fabs(x) * tolerance::kApproxRelative);
    *lo = x - half;
    *hi = x + half;
  }
}

// The larger magnitude over the smaller (finite, non-zero, same sign: after
// TooFarApart).
double Ratio(double x, double y) {
  return std::max(std::fabs(x), std::fabs(y)) / std::min(std::fabs(x), std::fabs(y));
}

// See tolerance::kMaxConflictRatio.
bool TooFarApart(double x, double y) {
  const double lo = std::min(std::fabs(x), std::fabs(y)), hi = std::max(std::fabs(x), std::fabs(y));
  return lo == 0 || hi / lo > tolerance::kMaxConflictRatio || (x < 0) != (y < 0);
}

double Width(double lo, double hi) { return hi - lo; }

bool Near(double x, double y, double resolution_x, double resolution_y) {
  const double magnitude = std::max(std::fabs(x), std::fabs(y));
  const double tol =
      std::min(std::max(resolution_x, resolution_y) / 2, magnitude * tolerance::kRoundingCap) +
      magnitude * tolerance::kRelativeSlack;
  return std::fabs(x - y) <= tol;
}

std::string PercentApart(double x, double y) {
  // Relative to the smaller figure: $1 trillion vs $1.2 trillion is "20% apart".
  const double base = std::min(std::fabs(x), std::fabs(y));
  if (base == 0) return "one is zero";
  const double pct = std::fabs(x - y) / base * 100;
  // Under 10%, one decimal: "169 vs 169.8 billion" is 0.5% apart, not "0%".
  char buf[64];
  std::snprintf(buf, sizeof buf, pct < 10 ? "%.1f%% apart" : "%.0f%% apart", pct);
  return buf;
}

}  // namespace

ValueComparison CompareAmounts(const Value& a, const Value& b) {
  ValueComparison out;
  const Shape sa = ShapeOf(a), sb = ShapeOf(b);
  if (!a.low && !a.high) return out;
  if (!b.low && !b.high) return out;
  // An order of magnitude ("multi-billion dollar", "hundreds of millions")
  // is no figure to check, and holds every figure of its size.
  auto vague = [](const Value& v, Shape s) {
    return v.approx && s == Shape::kRange && *v.low > 0 &&
           *v.high >= *v.low * tolerance::kVagueRatio;
  };
  if (vague(a, sa) || vague(b, sb)) return out;

  if (sa == sb && a.approx == b.approx) {
    bool lows = !a.low || Near(*a.low, *b.low, a.resolution, b.resolution);
    bool highs = !a.high || Near(*a.high, *b.high, a.resolution, b.resolution);
    if (lows && highs) {
      out.relation = ValueRelation::kAgree;
      out.gap = "equal within rounding";
      return out;
    }
  }

  double alo, ahi, blo, bhi;
  Implied(a, &alo, &ahi);
  Implied(b, &blo, &bhi);
  const bool a_in_b = alo >= blo && ahi <= bhi;
  const bool b_in_a = blo >= alo && bhi <= ahi;
  if (a_in_b && Width(alo, ahi) < Width(blo, bhi)) {
    out.relation = ValueRelation::kARefinesB;
    out.gap = "the first lies inside the second";
    return out;
  }
  if (b_in_a && Width(blo, bhi) < Width(alo, ahi)) {
    out.relation = ValueRelation::kBRefinesA;
    out.gap = "the second lies inside the first";
    return out;
  }

  // Same shape with different stated bounds: two different figures for one
  // quantity, even if open intervals overlap ("more than $1 trillion" vs
  // "more than $1.2 trillion").
  if (sa == sb) {
    const double x = a.low ? *a.low : *a.high;
    const double y = b.low ? *b.low : *b.high;
    if (TooFarApart(x, y)) return out;
    out.relation = ValueRelation::kDisagree;
    out.ratio = Ratio(x, y);
    out.gap = PercentApart(x, y);
    return out;
  }
  if (ahi < blo || bhi < alo) {
    const double x = std::isfinite(alo) ? (std::isfinite(ahi) ? (alo + ahi) / 2 : alo) : ahi;
    const double y = std::isfinite(blo) ? (std::isfinite(bhi) ? (blo + bhi) / 2 : blo) : bhi;
    if (TooFarApart(x, y)) return out;
    out.relation = ValueRelation::kDisagree;
    out.ratio = Ratio(x, y);
    out.gap = "disjoint, " + PercentApart(x, y);
    return out;
  }
  return out;
}

ValueComparison CompareDates(const Value& a, const Value& b) {
  ValueComparison out;
  if (a.start.empty() || a.end.empty() || b.start.empty() || b.end.empty()) return out;
  // ISO dates compare as strings when they share a form; use the first 10
  // characters (the day), then the clock times of two values of one day.
  const std::string as = a.start.substr(0, 10), ae = a.end.substr(0, 10);
  const std::string bs = b.start.substr(0, 10), be = b.end.substr(0, 10);
  // A clock time of one day ("1987-10-20T16:00"): "" when the value has
  // none (a day, or a part of one: "1987-10-20TAF").
  auto clock = [](const Value& v) {
    const std::string& t = v.timex;
    const bool hhmm = t.size() >= 16 && t[10] == 'T' &&
                      std::isdigit(static_cast<unsigned char>(t[11])) &&
                      std::isdigit(static_cast<unsigned char>(t[12])) && t[13] == ':';
    return hhmm && v.start == v.end ? t.substr(11, 5) : std::string();
  };
  const std::string ca = clock(a), cb = clock(b);
  if (as == bs && ae == be && !ca.empty() && !cb.empty() && ca != cb) {
    // 4 p.m. and 5 p.m. of one day are two times, not one date.
    out.relation = ValueRelation::kDisagree;
    out.gap = ca + " vs " + cb + " on " + as;
  } else if (as == bs && ae == be && ca.empty() != cb.empty()) {
    // A clock time refines its day ("Tuesday", "1700 EDT" on that Tuesday).
    out.relation = ca.empty() ? ValueRelation::kBRefinesA : ValueRelation::kARefinesB;
    out.gap = (ca.empty() ? cb : ca) + " lies inside " + as;
  } else if (as == bs && ae == be) {
    out.relation = ValueRelation::kAgree;
    out.gap = "same dates";
  } else if (as >= bs && ae <= be) {
    out.relation = ValueRelation::kARefinesB;
    out.gap = as + ".." + ae + " lies inside " + bs + ".." + be;
  } else if (bs >= as && be <= ae) {
    out.relation = ValueRelation::kBRefinesA;
    out.gap = bs + ".." + be + " lies inside " + as + ".." + ae;
  } else if (ae < bs || be < as) {
    out.relation = ValueRelation::kDisagree;
    out.gap = as + ".." + ae + " vs " + bs + ".." + be;
  }
  return out;
}

ValueComparison CompareDurations(const Value& a, const Value& b) {
  ValueComparison out;
  if (a.timex.empty() || b.timex.empty()) return out;
  if (a.timex == b.timex) {
    out.relation = ValueRelation::kAgree;
    out.gap = "same duration";
  } else if (!a.approx && !b.approx) {
    out.relation = ValueRelation::kDisagree;
    out.gap = a.timex + " vs " + b.timex;
  }
  return out;
}

bool TimesCompatible(const std::optional<Value>& a, const std::optional<Value>& b) {
  if (!a || !b || a->start.empty() || b->start.empty()) return true;
  const std::string as = a->start.substr(0, 10), ae = a->end.substr(0, 10);
  const std::string bs = b->start.substr(0, 10), be = b->end.substr(0, 10);
  return !(ae < bs || be < as);
}

}  // namespace wirefacts

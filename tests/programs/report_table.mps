# text report table with format specs: alignment, widths, thousands separators, percentages, totals
sales = [
    ("North", "Widgets", 1520, 3.75),
    ("North", "Gadgets", 310, 12.5),
    ("South", "Widgets", 2210, 3.5),
    ("South", "Gizmos", 45, 199.99),
    ("East", "Gadgets", 980, 11.0),
    ("West", "Gizmos", 12, 205.0),
    ("West", "Widgets", 18000, 3.25),
]

headers = ("Region", "Product", "Units", "Price", "Revenue", "Share")
total = sum(u * p for _, _, u, p in sales)
rows = []
for region, product, units, price in sales:
    revenue = units * price
    rows.append((region, product, f"{units:,}", f"${price:,.2f}", f"{revenue:,.2f}", f"{revenue / total:.1%}"))

widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
align = ["<", "<", ">", ">", ">", ">"]

def line(ch="-", joint="+"):
    return joint + joint.join(ch * (w + 2) for w in widths) + joint

def fmt(row):
    return "|" + "|".join(f" {str(c):{a}{w}} " for c, a, w in zip(row, align, widths)) + "|"

print(line("="))
print(fmt(headers))
print(line("="))
for r in rows:
    print(fmt(r))
print(line())
print(fmt(("TOTAL", "", f"{sum(s[2] for s in sales):,}", "", f"{total:,.2f}", "100.0%")))
print(line("="))

by_region = {}
for region, _, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
for region, rev in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    bar = "*" * round(rev / total * 40)
    print(f"{region:>6} {rev:>12,.2f} {bar}")

print("{:^30}".format(" centered "), "|{:*^12}|".format("mid"), "{:08.3f}".format(-3.14159))
print("{0:b} {0:o} {0:x} {0:X} {0:#x} {0:#b}".format(255), format(1234567.891, ",.1f"), format(0.000123, ".2e"))
print("{:+d} {:+d} {: d} {:=+8d}".format(5, -5, 5, -42), "{:>10s}|{:<6}|".format("right", "left"))
print("%-8s|%8.2f|%05d|%x|%r" % ("pct", 2.5, 42, 255, "q"), "%(a)s-%(b)03d" % {"a": "k", "b": 7})
print(f"{'nested':>{10}}|{3.14159:.{3}f}|{12345:_}|{0.5:%}|{1e-7:g}|{123456789.0:g}")
print(str(12).zfill(5), "abc".center(9, "."), "x".ljust(4, "_") + "|", "-7".zfill(4))

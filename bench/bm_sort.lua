-- sort: list.append of 1M pseudo-random ints from an LCG, then list.sort(),
-- then a pass that checks the order.

local function main()
  local n = 1000000
  local x = 12345
  local a = {}
  for i = 0, n - 1 do
    x = (x * 1103515245 + 12345) % 2147483648
    a[#a + 1] = x
  end
  table.sort(a)
  local bad = 0
  for i = 2, n do
    if a[i - 1] > a[i] then
      bad = bad + 1
    end
  end
  print(string.format('sort %d %d %d %d, %d out of order',
    #a, a[1], a[n // 2 + 1], a[n], bad))
end

main()

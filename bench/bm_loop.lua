-- loop: integer arithmetic in a while loop and a for-range loop.

local function main()
  local n = 4000000
  local total = 0
  local i = 0
  while i < n do
    total = total + i % 7 * i
    i = i + 1
  end
  local acc = 1
  for j = 0, n - 1 do
    acc = (acc * 31 + j) % 1000003
    total = total + (acc & 255)
  end
  print(string.format('loop %d %d', total, acc))
end

main()

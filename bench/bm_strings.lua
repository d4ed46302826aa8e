-- strings: string building -- += on short strings, f-strings (with and
-- without format specs), str(), slicing, and ''.join of a large list.

local function main()
  local n = 1000000
  local parts = {}
  for i = 0, n - 1 do
    local s = tostring(i) .. ':' .. tostring(i * 3)
    s = s .. '-'
    s = s .. tostring(i % 10)
    s = s .. string.format('[%05d]', i % 1000)
    parts[#parts + 1] = s
  end
  local big = table.concat(parts)
  local words = {}
  for i = 0, #big - 8 - 1, 97 do
    words[#words + 1] = string.sub(big, i + 1, i + 8)
  end
  local joined = table.concat(words, ',')
  print(string.format('strings %d %d %s %s', #big, #joined,
    string.sub(big, -24), string.sub(joined, 1, 17)))
end

main()

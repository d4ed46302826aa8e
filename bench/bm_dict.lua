-- dict: 200k string keys inserted into a dict, then every key looked up
-- 40 times, plus membership tests of keys that are absent.

local function main()
  local n = 200000
  local keys = {}
  for i = 0, n - 1 do
    keys[#keys + 1] = 'key' .. tostring(i)
  end
  local d = {}
  local size = 0
  for i = 0, n - 1 do
    if d[keys[i + 1]] == nil then
      size = size + 1
    end
    d[keys[i + 1]] = i
  end
  local total = 0
  for r = 1, 40 do
    for _, k in ipairs(keys) do
      total = total + d[k]
    end
  end
  local missing = 0
  for i = 0, n - 1 do
    if d['nokey' .. tostring(i)] == nil then
      missing = missing + 1
    end
  end
  print(string.format('dict %d %d %d', size, total, missing))
end

main()

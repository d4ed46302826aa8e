-- generators: a generator pipeline -- source generator -> filtering
-- generator -> mapping generator -> sum() (Lua coroutines).

local function count(n)
  return coroutine.wrap(function()
    local i = 0
    while i < n do
      coroutine.yield(i)
      i = i + 1
    end
  end)
end

local function keep(it)
  return coroutine.wrap(function()
    for x in it do
      if x % 3 ~= 0 then
        coroutine.yield(x)
      end
    end
  end)
end

local function square_mod(it)
  return coroutine.wrap(function()
    for x in it do
      coroutine.yield(x * x % 1000)
    end
  end)
end

local function sum(it)
  local total = 0
  for x in it do
    total = total + x
  end
  return total
end

local function main()
  local n = 6000000
  local total = sum(square_mod(keep(count(n))))
  print(string.format('generators %d', total))
end

main()

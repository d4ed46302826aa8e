-- methods: method calls and attribute reads/writes on class instances
-- (a small class hierarchy; one call goes through super()).

local Vec = {}
Vec.__index = Vec

function Vec.new(x, y)
  local self = setmetatable({}, Vec)
  self.x = x
  self.y = y
  return self
end

function Vec:add(other)
  return Vec.new(self.x + other.x, self.y + other.y)
end

function Vec:dot(other)
  return self.x * other.x + self.y * other.y
end

local Counter = {}
Counter.__index = Counter

function Counter.init(self)
  self.count = 0
  self.total = 0
end

function Counter.new()
  local self = setmetatable({}, Counter)
  Counter.init(self)
  return self
end

function Counter:bump(k)
  self.count = self.count + 1
  self.total = self.total + k
  return self.count
end

local ModCounter = setmetatable({}, {__index = Counter})
ModCounter.__index = ModCounter

function ModCounter.new(mod)
  local self = setmetatable({}, ModCounter)
  Counter.init(self)
  self.mod = mod
  return self
end

function ModCounter:bump(k)
  return Counter.bump(self, k % self.mod)
end

local function main()
  local n = 1000000
  local c = Counter.new()
  local m = ModCounter.new(7)
  local v = Vec.new(1, 2)
  local step = Vec.new(1, -1)
  local acc = 0
  for i = 0, n - 1 do
    v = v:add(step)
    acc = acc + v:dot(step) % 1000
    c:bump(i)
    m:bump(i)
    acc = acc + c.count - m.count
  end
  print(string.format('methods %d %d %d %d %d', acc, c.total, m.total, v.x, v.y))
end

main()

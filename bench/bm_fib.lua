-- fib: recursive function calls -- fib(30) (1.35 million calls), six times.

local function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

local function main()
  local total = 0
  for k = 0, 5 do
    total = total + fib(30)
  end
  print(string.format('fib(30) x6 = %d', total))
end

main()

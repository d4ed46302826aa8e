-- primes: the seed's prime test (seed-programs/28_primes_threads.py), run
-- sequentially: trial division of 13 numbers, five of them 15-digit primes.

local PRIMES = {
  1116281,
  1297337,
  104395303,
  472882027,
  533000389,
  817504243,
  982451653,
  112272535095293,
  112582705942171,
  112272535095293,
  115280095190773,
  115797848077099,
  1099726899285419,
}

local function is_prime(n)
  for i = 2, math.floor(n ^ 0.5) do
    if n % i == 0 then
      return false
    end
  end
  return n ~= 1
end

local function main()
  local count = 0
  local mask = 0
  for k = 1, #PRIMES do
    if is_prime(PRIMES[k]) then
      count = count + 1
      mask = mask | (1 << (k - 1))
    end
  end
  print(string.format('primes %d of %d, mask %d', count, #PRIMES, mask))
end

main()

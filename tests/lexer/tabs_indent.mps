# indentation with tabs, mixed levels, nested blocks, blank lines inside blocks
def f(n):
	total = 0
	for i in range(n):
		if i % 2:
			total += i

		else:
			total -= 1
	return total
print(f(5))

class A:
	def m(self):
		return 'm'

	def n(self):
		x = 1
		if x:
			return 'n'
print(A().m(), A().n())

if True:
    if True:
        if True:
            print('deep')
        print('mid')
    print('shallow')
print('top')

for i in range(2):
  for j in range(2):
    print(i, j)

def g():
    pass
print(g())
while True:
        print('eight spaces')
        break

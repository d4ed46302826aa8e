x = 'submodule a'

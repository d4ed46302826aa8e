# uncaught user-defined exception with a custom message; class name printed without module
class ValidationError(Exception):
    pass

def validate(age):
    if age < 0:
        raise ValidationError(f'age must be >= 0, got {age}')
    return age

print(validate(5))
validate(-3)

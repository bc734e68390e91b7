ALTER SERVER warehouse VERSION '15' OPTIONS (SET host 'b', ADD port '1');

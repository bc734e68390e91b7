ALTER SERVER warehouse VERSION '14' OPTIONS (DROP port, SET host 'a');

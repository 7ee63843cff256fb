-- The seven regions of the evaluation (section 3.3) and the 56 municipalities of Noord-Brabant (2026).
-- Reference data for every installation, not demo data.
INSERT INTO region (code, name) VALUES
    ('WBW', 'Regio West-Brabant West'),
    ('BRE', 'Regio Breda e.o.'),
    ('HVB', 'Regio Hart van Brabant'),
    ('NOB', 'Regio Noordoost-Brabant'),
    ('SGE', 'Stedelijk Gebied Eindhoven'),
    ('PEEL', 'Regio De Peel'),
    ('KA2', 'Regio De Kempen/A2');

INSERT INTO municipality (region_id, name)
SELECT r.id, m.name FROM region r, (
    SELECT 'Bergen op Zoom' AS name
    UNION ALL SELECT 'Halderberge' AS name
    UNION ALL SELECT 'Moerdijk' AS name
    UNION ALL SELECT 'Roosendaal' AS name
    UNION ALL SELECT 'Rucphen' AS name
    UNION ALL SELECT 'Steenbergen' AS name
    UNION ALL SELECT 'Woensdrecht' AS name
) m WHERE r.code = 'WBW';

INSERT INTO municipality (region_id, name)
SELECT r.id, m.name FROM region r, (
    SELECT 'Alphen-Chaam' AS name
    UNION ALL SELECT 'Altena' AS name
    UNION ALL SELECT 'Baarle-Nassau' AS name
    UNION ALL SELECT 'Breda' AS name
    UNION ALL SELECT 'Drimmelen' AS name
    UNION ALL SELECT 'Etten-Leur' AS name
    UNION ALL SELECT 'Geertruidenberg' AS name
    UNION ALL SELECT 'Oosterhout' AS name
    UNION ALL SELECT 'Zundert' AS name
) m WHERE r.code = 'BRE';

INSERT INTO municipality (region_id, name)
SELECT r.id, m.name FROM region r, (
    SELECT 'Dongen' AS name
    UNION ALL SELECT 'Gilze en Rijen' AS name
    UNION ALL SELECT 'Goirle' AS name
    UNION ALL SELECT 'Heusden' AS name
    UNION ALL SELECT 'Hilvarenbeek' AS name
    UNION ALL SELECT 'Loon op Zand' AS name
    UNION ALL SELECT 'Oisterwijk' AS name
    UNION ALL SELECT 'Tilburg' AS name
    UNION ALL SELECT 'Waalwijk' AS name
) m WHERE r.code = 'HVB';

INSERT INTO municipality (region_id, name)
SELECT r.id, m.name FROM region r, (
    SELECT '''s-Hertogenbosch' AS name
    UNION ALL SELECT 'Bernheze' AS name
    UNION ALL SELECT 'Boekel' AS name
    UNION ALL SELECT 'Boxtel' AS name
    UNION ALL SELECT 'Land van Cuijk' AS name
    UNION ALL SELECT 'Maashorst' AS name
    UNION ALL SELECT 'Meierijstad' AS name
    UNION ALL SELECT 'Oss' AS name
    UNION ALL SELECT 'Sint-Michielsgestel' AS name
    UNION ALL SELECT 'Vught' AS name
) m WHERE r.code = 'NOB';

INSERT INTO municipality (region_id, name)
SELECT r.id, m.name FROM region r, (
    SELECT 'Best' AS name
    UNION ALL SELECT 'Eindhoven' AS name
    UNION ALL SELECT 'Geldrop-Mierlo' AS name
    UNION ALL SELECT 'Nuenen, Gerwen en Nederwetten' AS name
    UNION ALL SELECT 'Oirschot' AS name
    UNION ALL SELECT 'Son en Breugel' AS name
    UNION ALL SELECT 'Veldhoven' AS name
    UNION ALL SELECT 'Waalre' AS name
) m WHERE r.code = 'SGE';

INSERT INTO municipality (region_id, name)
SELECT r.id, m.name FROM region r, (
    SELECT 'Asten' AS name
    UNION ALL SELECT 'Deurne' AS name
    UNION ALL SELECT 'Gemert-Bakel' AS name
    UNION ALL SELECT 'Helmond' AS name
    UNION ALL SELECT 'Laarbeek' AS name
    UNION ALL SELECT 'Someren' AS name
) m WHERE r.code = 'PEEL';

INSERT INTO municipality (region_id, name)
SELECT r.id, m.name FROM region r, (
    SELECT 'Bergeijk' AS name
    UNION ALL SELECT 'Bladel' AS name
    UNION ALL SELECT 'Cranendonck' AS name
    UNION ALL SELECT 'Eersel' AS name
    UNION ALL SELECT 'Heeze-Leende' AS name
    UNION ALL SELECT 'Reusel-De Mierden' AS name
    UNION ALL SELECT 'Valkenswaard' AS name
) m WHERE r.code = 'KA2';

-- Every municipality is an organisation; so is the province.
INSERT INTO organisation (name, type, municipality_id, region_id)
SELECT CONCAT('Gemeente ', m.name), 'MUNICIPALITY', m.id, m.region_id FROM municipality m;
INSERT INTO organisation (name, type) VALUES ('Provincie Noord-Brabant', 'PROVINCE');

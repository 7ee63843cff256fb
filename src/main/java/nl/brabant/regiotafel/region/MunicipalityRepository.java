package nl.brabant.regiotafel.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    List<Municipality> findByRegionIdOrderByNameAsc(Long regionId);
}

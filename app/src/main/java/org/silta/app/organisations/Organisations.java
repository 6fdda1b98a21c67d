package org.silta.app.organisations;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, Long> {

    List<Organisation> findByCountryAndNameKey(String country, String nameKey);
}

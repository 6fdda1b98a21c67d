package org.silta.app.matchmaking;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Profiles extends ListCrudRepository<Profile, Long> {

    Optional<Profile> findByProgrammeIdAndOrganisationId(long programmeId, long organisationId);

    List<Profile> findByProgrammeId(long programmeId);
}

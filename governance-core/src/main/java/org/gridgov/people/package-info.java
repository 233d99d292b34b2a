/**
 * People: residents, cadres, party members, volunteers and grid workers, with the key groups they are
 * registered in (老、幼、残、工、青、妇), their party membership and the in-service members' report-in rule
 * (live in a community → report there; otherwise → the community paired with the employer). Phone and ID
 * numbers are validated value types that mask themselves in {@code toString}, and so does a
 * {@link org.gridgov.people.Person}: personal data stays out of logs.
 */
package org.gridgov.people;

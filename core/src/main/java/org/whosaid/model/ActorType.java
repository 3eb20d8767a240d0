package org.whosaid.model;

/** What kind of actor speaks. */
public enum ActorType {
  /** A named person. */
  PERSON,
  /** An organisation, institution, state or medium. */
  ORGANIZATION,
  /** A named collective, such as "the West" or "several countries". */
  GROUP,
  /** A source the text does not name: "a ministry spokesman", "officials". */
  ANONYMOUS
}

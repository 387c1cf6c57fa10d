/** A person of the desk as lists and audit entries name them: an API key's id, name and role. */
export interface PersonRef {
  id: string;
  name: string;
  role: string;
}

export interface Person extends PersonRef {
  /** False once the key is revoked: the person keeps their name in history but gets no new work. */
  active: boolean;
}
